import { testClock } from '../../clock';
/**
 * One of two processes that try to book the same room at the same time (tests/integration/booking-race.test.ts).
 * Each opens its own connection to the same data folder, waits for the agreed moment, and saves.
 */
import { openHouse } from '../../../db/house';
import { dispatch } from '../../../db/contract/dispatch';

const [dataDir, token, roomId, renterId, goAt, title] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const core = await openHouse({ dataDir, clock: testClock() });
// Sessions live in memory per process: sign in here with the shared test account.
const login = await dispatch(core, 'auth.login', { username: 'bea', password: token }, null);
const session = login.session && 'set' in login.session ? login.session.set : null;
while (Date.now() < Number(goAt)) {
  /* spin until the agreed moment, so both saves start together */
}
const result = await dispatch(
  core,
  'bookings.create',
  {
    roomIds: [Number(roomId)],
    renterId: Number(renterId),
    title,
    date: '2027-03-09',
    startTime: '10:00',
    endTime: '12:00',
    status: 'bevestigd',
  },
  session,
);
process.stdout.write(
  JSON.stringify(result.ok ? { ok: true } : { ok: false, code: result.error.code, message: result.error.message }),
);
core.close();
