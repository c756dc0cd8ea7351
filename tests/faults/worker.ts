import { testClock } from '../clock';
/**
 * The process the fault-injection tests kill or start under another user. It announces on stdout
 * when its work has begun ("BEGONNEN"), and after each finished piece ("KLAAR <n>"), so the test
 * knows when to pull the plug. Usage: tsx worker.ts <task> <dataDir> [args…]
 */
import { openHouse } from '../../db/house';
import { Core } from '../../db/platform/core';
import { dispatch } from '../../db/contract/dispatch';

const [task, dataDir, ...args] = process.argv.slice(2) as [string, string, ...string[]];
const say = (line: string) => process.stdout.write(`${line}\n`);

async function signIn(core: Core, password: string): Promise<string> {
  const login = await dispatch(core, 'auth.login', { username: 'bea', password }, null);
  if (!login.ok || !login.session || !('set' in login.session))
    throw new Error(`login failed: ${JSON.stringify(login)}`);
  return login.session.set;
}

const core = await openHouse({ dataDir, clock: testClock() });

if (task === 'seed') {
  // One large transaction: the first start with the whole demo house.
  const [password] = args as [string];
  say('BEGONNEN');
  const r = await dispatch(
    core,
    'setup.firstRun',
    {
      buildingName: 'Huis van de Wijk Stroomstoring',
      user: { name: 'Bea Beheer', username: 'bea', password },
      demo: true,
    },
    null,
  );
  say(r.ok ? 'KLAAR 1' : `MISLUKT ${JSON.stringify(r.error)}`);
} else if (task === 'series') {
  // Many transactions in a row, each a weekly series of 120 bookings with its rooms and audit row.
  const [password, roomId, renterId] = args as [string, string, string];
  const token = await signIn(core, password);
  // Carries on after the series an earlier (killed) run left, each in its own free slot.
  const first = (core.db.prepare('SELECT count(*) AS n FROM booking_series').get() as { n: number }).n;
  say('BEGONNEN');
  for (let i = first; i < first + 60; i++) {
    const day = 4 + (i % 6);
    const slot = Math.floor(i / 6);
    const at = (m: number) => `${String(9 + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const r = await dispatch(
      core,
      'bookings.create',
      {
        roomIds: [Number(roomId)],
        renterId: Number(renterId),
        title: `Reeks ${i}`,
        status: 'bevestigd',
        confirmWarnings: true,
        date: `2027-01-${String(day).padStart(2, '0')}`,
        startTime: at(slot * 30),
        endTime: at(slot * 30 + 30),
        recurrence: { kind: 'weekly', count: 120 },
      },
      token,
    );
    if (!r.ok) {
      say(`MISLUKT ${JSON.stringify(r.error)}`);
      break;
    }
    say(`KLAAR ${i + 1 - first}`);
  }
} else if (task === 'restore') {
  // Stops at the step named in WIJKHUIS_FAULT_PAUSE (see db/platform/core.ts) and waits there to be killed.
  const [password, name] = args as [string, string];
  const token = await signIn(core, password);
  say('BEGONNEN');
  const r = await dispatch(core, 'backups.restore', { source: 'backup', name }, token);
  say(r.ok ? 'KLAAR 1' : `MISLUKT ${JSON.stringify(r.error)}`);
} else if (task === 'report') {
  // Run as a user who may not write the data folder: what state the core is in and what still works.
  const [password] = args as [string];
  const token = await signIn(core, password);
  const result = async (name: string, input: unknown) => {
    const r = await dispatch(core, name, input, token);
    return r.ok ? { ok: true, value: r.value } : { ok: false, code: r.error.code, message: r.error.message };
  };
  const report = {
    state: core.state,
    rooms: await result('rooms.list', {}),
    create: await result('rooms.create', { name: 'Nieuwe zaal' }),
    backup: await result('backups.create', {}),
    info: await result('system.info', {}),
  };
  say(JSON.stringify(report));
} else {
  throw new Error(`unknown task ${task}`);
}
core.close();
