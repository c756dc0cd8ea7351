import type { Core } from '../db/platform/core';
import { dispatch, type DispatchResult } from '../db/contract/dispatch';

export class BenchCallError extends Error {
  constructor(
    readonly method: string,
    readonly code: string,
    message: string,
  ) {
    super(`${method}: ${code} ${message}`);
  }
}

/**
 * Calls the API exactly as an adapter does (dispatch: session → role → zod → handler → audit rows),
 * but groups many calls in one outer transaction. Each write still runs in its own transaction
 * object, which better-sqlite3 turns into a savepoint inside the outer one: a refused write leaves
 * nothing, like at the desk. One commit per batch instead of one fsync per call is what makes ten
 * years fit in a few minutes; synchronous=FULL stays as the app sets it.
 */
export class Caller {
  calls = 0;
  private pending = 0;

  constructor(
    readonly core: Core,
    readonly token: string,
    private readonly batchSize = 400,
  ) {}

  /** A call that must succeed. */
  async call<T = unknown>(name: string, input: unknown): Promise<T> {
    const r = await this.attempt(name, input);
    if (!r.ok)
      throw new BenchCallError(name, r.error.code, `${r.error.message} ${JSON.stringify(r.error.fieldErrors ?? {})}`);
    return r.value as T;
  }

  /** A call that may be refused (a slot someone else took): the caller decides what to do then. */
  async attempt(name: string, input: unknown): Promise<DispatchResult> {
    const db = this.core.db;
    if (!db.inTransaction) db.exec('BEGIN IMMEDIATE');
    const r = await dispatch(this.core, name, input, this.token);
    this.calls++;
    if (++this.pending >= this.batchSize) this.commit();
    return r;
  }

  /** Runs direct core work (see dataset/budget.ts) inside the current batch. */
  inBatch<T>(work: () => T): T {
    const db = this.core.db;
    if (!db.inTransaction) db.exec('BEGIN IMMEDIATE');
    const out = db.transaction(work)();
    if (++this.pending >= this.batchSize) this.commit();
    return out;
  }

  commit(): void {
    if (this.core.db.inTransaction) this.core.db.exec('COMMIT');
    this.pending = 0;
  }
}

/**
 * better-sqlite3 compiles a statement on every `prepare`, and the core prepares inside every call:
 * a third of generation time went there (profile in the README). Generation keeps compiled statements
 * per SQL text on its own connection; the measurements run on a connection opened as the app opens it.
 * Returns the function that puts the connection's own `prepare` back.
 */
export function cacheStatements(db: Core['db']): () => void {
  const compile = db.prepare.bind(db);
  const cache = new Map<string, ReturnType<typeof compile>>();
  db.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = compile(sql)));
    return statement;
  }) as typeof db.prepare;
  return () => {
    delete (db as { prepare?: unknown }).prepare;
  };
}
