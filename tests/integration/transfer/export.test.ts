import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { auditCount, fails, fingerprint, ok, openCore, setUp } from '../../helpers';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A CSV of the export as a spreadsheet program reads it: BOM off, semicolons, quoted cells. */
function readCsv(file: string): string[][] {
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** What a user typed, from what the export wrote: the formula guard's apostrophe taken off. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const HOSTILE = ['Jan; "de Boer", van de overkant', '=SUM(A1:A9)', '+31 6 1234', '@mention', '-1'];
// A name is one line; a note may hold line breaks, quotes and separators, which the CSV must keep.
const HOSTILE_NOTE = 'Belt "eerst";\nkomt dan\r\n=langs';

describe('full export', () => {
  it('writes every table as CSV with a manifest whose row counts and hashes match, and reads back hostile names safely', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    for (const name of HOSTILE)
      await ok(core, token, 'volunteers.create', { name, startDate: '2026-01-05', notes: HOSTILE_NOTE });
    const application = core.db.prepare('SELECT id FROM budget_applications ORDER BY id LIMIT 1').get() as {
      id: number;
    };
    const pdf = Buffer.from('%PDF-1.4 een heel klein bestand\n');
    await ok(core, token, 'applications.addAttachment', {
      applicationId: application.id,
      fileName: 'begroting.pdf',
      mimeType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
    });
    const before = fingerprint(core.db);
    const countOf = (table: string) =>
      (core.db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const tables = (
      core.db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as { name: string }[]
    ).map((t) => t.name);
    const counts = new Map(tables.map((t) => [t, countOf(t)]));

    const result = await ok(core, token, 'transfer.exportAll', {});
    expect(result.name).toMatch(/^wijkhuis-export-\d{4}-\d{2}-\d{2}-\d{4}$/);
    expect(result.path).toBe(join(core.paths.dataDir, 'exporten', result.name));
    expect(result.name).not.toContain(':');
    // Only the finished folder is there: the temporary one was renamed.
    expect(readdirSync(dirname(result.path))).toEqual([result.name]);

    const manifest = JSON.parse(readFileSync(join(result.path, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      format: 'wijkhuis-export',
      formatVersion: 1,
      schemaVersion: core.db.pragma('user_version', { simple: true }),
      createdBy: 'Bea Beheer',
    });
    expect(manifest.excluded).toContainEqual({
      table: 'users',
      column: 'password_hash',
      reason: expect.stringMatching(/nooit geëxporteerd/),
    });
    expect(manifest.notIncluded.join(' ')).toMatch(/Sessies/);

    expect(manifest.files.map((f: { table: string }) => f.table)).toEqual(tables);
    let rows = 0;
    for (const f of manifest.files as {
      file: string;
      table: string;
      columns: string[];
      rowCount: number;
      sha256: string;
      bytes: number;
    }[]) {
      // The tables as they were when the export ran: its own audit row came after.
      const count = counts.get(f.table)!;
      expect(f.rowCount, f.table).toBe(count);
      rows += count;
      const file = join(result.path, f.file);
      expect(sha256(file), f.table).toBe(f.sha256);
      expect(readFileSync(file).length, f.table).toBe(f.bytes);
      const [header, ...data] = readCsv(file);
      expect(header, f.table).toEqual(f.columns);
      expect(data.length, f.table).toBe(count);
    }
    expect(result.rows).toBe(rows);
    expect(manifest.files.find((f: { table: string }) => f.table === 'users').columns).not.toContain('password_hash');
    expect(readFileSync(join(result.path, 'users.csv'), 'utf8')).not.toMatch(/scrypt|\$/);

    const [header, ...volunteers] = readCsv(join(result.path, 'volunteers.csv'));
    const names = volunteers.map((r) => unguard(r[header!.indexOf('name')]!));
    for (const name of HOSTILE) expect(names).toContain(name);
    const notes = volunteers.map((r) => unguard(r[header!.indexOf('notes')]!));
    expect(notes.filter((n) => n === HOSTILE_NOTE)).toHaveLength(HOSTILE.length);
    // The raw cell never starts with a formula sign.
    for (const r of volunteers) expect(r[header!.indexOf('name')]).not.toMatch(/^[=+\-@]/);

    {
      // The demo's budget attachment table holds BLOBs: they go out as files, the cell holds the path.
      expect(manifest.attachments).toHaveLength(1);
      const [a] = manifest.attachments;
      expect(sha256(join(result.path, a.file))).toBe(a.sha256);
      expect(readFileSync(join(result.path, a.file))).toEqual(pdf);
      const [h, ...atts] = readCsv(join(result.path, 'budget_attachments.csv'));
      expect(atts[0]![h!.indexOf('content')]).toBe(a.file);
    }

    // The export reads; the only write is its audit row.
    const { rows: audit } = await ok(core, token, 'audit.list', { entity: 'export' });
    expect(audit[0]).toMatchObject({ method: 'transfer.exportAll', entityId: result.name });
    expect(audit[0].summary).toContain(result.path);
    core.db.prepare("DELETE FROM audit_log WHERE method = 'transfer.exportAll'").run();
    expect(fingerprint(core.db)).toBe(before);
  });

  it('gives a second export in the same minute its own folder, and lists exports newest first', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const first = await ok(core, token, 'transfer.exportAll', {});
    const second = await ok(core, token, 'transfer.exportAll', {});
    expect(second.path).not.toBe(first.path);
    const list = await ok(core, token, 'transfer.exports', {});
    expect(list.map((e: { name: string }) => e.name).sort()).toEqual([first.name, second.name].sort());
    expect(list[0]).toMatchObject({
      tables: first.tables,
      rows: expect.any(Number),
      path: expect.stringContaining('exporten'),
    });
  });

  it('deletes an export of its own by name, and refuses any other name or path', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const made = await ok(core, token, 'transfer.exportAll', {});
    mkdirSync(join(core.paths.dataDir, 'exporten', 'wijkhuis-export-2020-01-01-1200'));
    const before = fingerprint(core.db);
    const cases: [unknown, RegExp][] = [
      [{ name: '../backups' }, /Kies een export uit de lijst/],
      [{ name: `${made.name}/../../backups` }, /Kies een export uit de lijst/],
      [{ name: 'wijkhuis-export-2020-01-01-1200' }, /bestaat niet/],
      [{ name: 'wijkhuis-export-1999-01-01-0000' }, /bestaat niet/],
      [{}, /Kies een export uit de lijst/],
    ];
    for (const [input, message] of cases) {
      const error = await fails(core, token, 'transfer.deleteExport', input);
      expect(error.code, JSON.stringify(input)).toBe('VALIDATION');
      expect(error.fieldErrors.name?.[0], JSON.stringify(input)).toMatch(message);
    }
    expect(fingerprint(core.db)).toBe(before);
    // A folder without our manifest is not ours to remove.
    expect(existsSync(join(core.paths.dataDir, 'exporten', 'wijkhuis-export-2020-01-01-1200'))).toBe(true);
    expect(existsSync(core.paths.dbFile)).toBe(true);

    const removed = await ok(core, token, 'transfer.deleteExport', { name: made.name });
    expect(removed.path).toBe(made.path);
    expect(existsSync(made.path)).toBe(false);
    expect(await ok(core, token, 'transfer.exports', {})).toEqual([]);
    const { rows } = await ok(core, token, 'audit.list', { entity: 'export' });
    expect(rows[0]).toMatchObject({ method: 'transfer.deleteExport', entityId: made.name });
  });

  it('reports a folder it cannot write in Dutch and leaves nothing behind', async () => {
    const core = await openCore();
    const token = await setUp(core);
    writeFileSync(join(core.paths.dataDir, 'exporten'), 'geen map');
    const audits = auditCount(core.db);
    const error = await fails(core, token, 'transfer.exportAll', {});
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.message).toMatch(/de export is niet gemaakt/);
    expect(auditCount(core.db)).toBe(audits);
    expect(
      readdirSync(core.paths.dataDir).filter((n) => n.startsWith('.deels') || n.startsWith('wijkhuis-export')),
    ).toEqual([]);
    expect(await ok(core, token, 'transfer.exports', {})).toEqual([]);
    expect(existsSync(join(core.paths.dataDir, 'exporten'))).toBe(true);
    expect(basename(join(core.paths.dataDir, 'exporten'))).toBe('exporten');
  });
});
