/**
 * A crash between sending and marking: the bundled web bridge (which starts the sender as the preview does) is
 * stopped by WIJKHUIS_FAULT_PAUSE right after the mail server accepted a message, before the row is marked, and
 * killed there. The next start does not send it again; it marks it mislukt ("may already have arrived").
 * The bridge refuses to start without the built renderer: it is built first when missing, as the e2e setup does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openHouse } from '../../../db/house';
import { keyFileSecrets } from '../../../bridge/keyFileSecrets';
import { inLang } from '../../../db/platform/messages';
import { BRIDGE_BUNDLE, buildBridge, ROOT } from '../../e2e/preview';
import { ok, setUp, tempDir } from '../../helpers';
import { TEST_NOW, testClock } from '../../clock';
import { enqueue, handClock, rows, senderFor, startSmtp, useLoopback } from './mailHouse';

function startBridge(dataDir: string, env: Record<string, string> = {}) {
  const child: ChildProcess = spawn(
    process.execPath,
    [BRIDGE_BUNDLE, '--port', '0', '--data', dataDir, '--now', TEST_NOW],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  return {
    waitFor: (pattern: RegExp) =>
      new Promise<void>((resolve, reject) => {
        const check = () => pattern.test(output) && resolve();
        child.stdout!.on('data', check);
        check();
        void exited.then(() => reject(new Error(`bridge ended before ${pattern}:\n${output}`)));
      }),
    kill: async (signal: NodeJS.Signals) => {
      child.kill(signal);
      await exited;
    },
  };
}

describe('a crash between sending and marking', () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'renderer', 'index.html')))
      execSync('npm run build:renderer', { cwd: ROOT, stdio: 'inherit' });
    buildBridge();
  }, 180_000);

  it('sends nothing twice: the cut-off row becomes mislukt and goes out again only when resent', async () => {
    const clock = handClock();
    const smtp = await startSmtp(clock);
    const dataDir = tempDir();
    const secrets = keyFileSecrets(dataDir);
    {
      const core = await openHouse({ dataDir, clock: testClock(), services: { secrets } });
      const token = await setUp(core);
      await useLoopback(core, token, smtp.port);
      enqueue(core, testClock(), [{ subject: 'Uw factuur' }]);
      core.close();
    }

    const first = startBridge(dataDir, { WIJKHUIS_FAULT_PAUSE: 'mail-na-verzenden' });
    await first.waitFor(/WIJKHUIS PAUZE mail-na-verzenden/);
    expect(smtp.received.map((r) => r.mail.subject)).toEqual(['Uw factuur']);
    await first.kill('SIGKILL');

    const second = startBridge(dataDir);
    await second.waitFor(/Wijkhuis preview: http/);
    await second.kill('SIGTERM');

    const core = await openHouse({ dataDir, clock, services: { secrets } });
    try {
      const [row] = rows(core);
      expect(row!.state).toBe('mislukt');
      expect(inLang(row!.last_error, 'nl')).toMatch(/misschien al aangekomen/);
      expect(await senderFor(core, clock).runOnce()).toBe(0);
      expect(smtp.received).toHaveLength(1);

      const token = await loginBea(core);
      await ok(core, token, 'outbox.resend', { id: row!.id });
      expect(await senderFor(core, clock).runOnce()).toBe(1);
      expect(smtp.received).toHaveLength(2);
      // The same Message-ID both times: a mail program shows one message.
      expect(smtp.received[1]!.mail.messageId).toBe(smtp.received[0]!.mail.messageId);
      expect(rows(core)[0]!.state).toBe('verstuurd');
    } finally {
      core.close();
    }
  }, 90_000);
});

async function loginBea(core: Awaited<ReturnType<typeof openHouse>>): Promise<string> {
  const { dispatch } = await import('../../../db/contract/dispatch');
  const { PASSWORD } = await import('../../helpers');
  const r = await dispatch(core, 'auth.login', { username: 'bea', password: PASSWORD }, null);
  if (!r.ok || !r.session || !('set' in r.session)) throw new Error('login failed');
  return r.session.set;
}
