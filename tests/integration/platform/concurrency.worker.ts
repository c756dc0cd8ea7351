import { testClock } from '../../clock';
/**
 * One of two processes writing to the same data folder for a few seconds (tests/integration/concurrency.test.ts):
 * the desk logs and counts visitors while the beheerder books rooms and hands keys out and back. Each process has
 * its own connection; it reports every answer it got, so the test can add up what must be in the database.
 */
import { openHouse } from '../../../db/house';
import { dispatch } from '../../../db/contract/dispatch';

interface Plan {
  username: string;
  password: string;
  goAt: number;
  seconds: number;
  part: 'balie' | 'beheerder';
  sessionId: number;
  roomId: number;
  renterId: number;
  keyId: number;
  day: string;
}

const plan = JSON.parse(process.argv[2]!) as Plan;
const core = await openHouse({ dataDir: process.argv[3]!, clock: testClock() });
const login = await dispatch(core, 'auth.login', { username: plan.username, password: plan.password }, null);
const token = login.session && 'set' in login.session ? login.session.set : null;

const done: Record<string, number> = {};
const errors: { method: string; code: string; message: string }[] = [];
async function call(method: string, input: unknown): Promise<boolean> {
  const result = await dispatch(core, method, input, token);
  if (result.ok) done[method] = (done[method] ?? 0) + 1;
  else errors.push({ method, code: result.error.code, message: result.error.message });
  return result.ok;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
while (Date.now() < plan.goAt) {
  /* spin until the agreed moment, so both start together */
}
const until = Date.now() + plan.seconds * 1000;
for (let i = 0; Date.now() < until; i++) {
  if (plan.part === 'balie') {
    await call('logbook.create', {
      date: plan.day,
      daypart: 'ochtend',
      category: 'bezoekers',
      text: `Drukte aan de balie, regel ${i}`,
    });
    await call('attendance.tally', { sessionId: plan.sessionId, delta: 1 });
    await call('bookings.day', { date: plan.day });
  } else {
    // A new free slot every time (one booking a day, in the future), and one key that goes out and comes back.
    await call('bookings.create', {
      roomIds: [plan.roomId],
      renterId: plan.renterId,
      title: `Overleg ${i}`,
      date: addDays('2027-06-01', i),
      startTime: '10:00',
      endTime: '11:00',
      status: 'bevestigd',
      confirmWarnings: true,
    });
    if (
      await call('keys.handOut', {
        keyId: plan.keyId,
        holderKind: 'anders',
        holderName: `Houder ${i}`,
        handedOutOn: plan.day,
      })
    ) {
      await call('keys.return', { keyId: plan.keyId, returnedOn: plan.day });
    }
  }
}
process.stdout.write(JSON.stringify({ done, errors }));
core.close();
