import type Database from 'better-sqlite3';

/** Enough for every fixed statement of the app; dynamic SQL (IN lists of varying length) pushes out the oldest. */
const MAX_STATEMENTS = 1000;

/**
 * Makes `db.prepare` reuse one compiled statement per SQL text. The domains prepare their statements
 * where they use them, which keeps each query next to its code; compiling them anew on every call
 * cost about half of a booking's processor time. SQLite re-prepares a cached statement by itself
 * when the schema changes (migrations), so reuse is always safe. A statement that is still being
 * iterated is not handed out twice, and the result modes (pluck, raw, expand) are reset each time
 * so one caller's choice never leaks into another's.
 */
export function cacheStatements(db: Database.Database): void {
  const compile = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    const cached = cache.get(sql);
    if (cached && !cached.busy) {
      // Most recently used last, so the oldest is the first to go.
      cache.delete(sql);
      cache.set(sql, cached);
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    const statement = compile(sql);
    if (!cached) {
      cache.set(sql, statement);
      if (cache.size > MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
    }
    return statement;
  }) as typeof db.prepare;
}
