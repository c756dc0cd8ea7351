import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PASSWORD, ok, openCore, setUp } from '../../helpers';
import { bookingHouse } from './fixture';
import { ROOT } from '../../e2e/harness';

const run = promisify(execFile);

describe('two simultaneous saves of the same slot', () => {
  it('never both win: the check and the save are one transaction', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const { kamer, bewoners } = await bookingHouse(core, token);
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const worker = join(ROOT, 'tests', 'integration', 'bookings', 'race.worker.ts');
    for (let round = 0; round < 3; round++) {
      await ok(core, token, 'bookings.list', { from: '2027-03-09', to: '2027-03-09' }).then(
        async (rows: { id: number; status: string }[]) => {
          for (const r of rows.filter((x) => x.status !== 'geannuleerd'))
            await ok(core, token, 'bookings.cancel', { id: r.id, reason: 'Volgende ronde' });
        },
      );
      const goAt = String(Date.now() + 2500);
      const results = await Promise.all(
        ['A', 'B'].map((who) =>
          run(
            tsx,
            [worker, core.paths.dataDir, PASSWORD, String(kamer.id), String(bewoners.id), goAt, `Proces ${who}`],
            { cwd: ROOT },
          ),
        ),
      );
      const outcomes = results.map((r) => JSON.parse(r.stdout) as { ok: boolean; code?: string; message?: string });
      expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
      // The loser waited for the winner's transaction and then saw its booking: a real conflict, not a busy database.
      expect(outcomes.find((o) => !o.ok)).toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining('al bezet door "Proces'),
      });
      const active = (await ok(core, token, 'bookings.list', { from: '2027-03-09', to: '2027-03-09' })).filter(
        (b: { status: string }) => b.status !== 'geannuleerd',
      );
      expect(active).toHaveLength(1);
    }
  }, 60_000);
});
