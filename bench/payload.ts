/**
 * `npx tsx bench/payload.ts DIR [--json out.json]`: what each screen downloads when it opens, on a generated data
 * folder (a copy: signing in writes to it). Per call the JSON bytes the bridge would send and the median time of
 * `dispatch`; per screen the sum. Calls that do not exist (before or after a change) are reported, not fatal, so the
 * same script compares both sides; `--json` keeps the answers to compare their content.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openHouse } from '../db/house';
import { addDays, isoWeekday, localDate } from '../db/platform/clock';
import { dispatch } from '../db/contract/dispatch';
import { BENCH_USER } from './generate';
import { time } from './rows';

const dir = resolve(process.argv[2] ?? '');
const jsonAt = process.argv.indexOf('--json');
const core = await openHouse({ dataDir: dir });
const login = await dispatch(
  core,
  'auth.login',
  { username: BENCH_USER.username, password: BENCH_USER.password },
  null,
);
if (!login.ok || !login.session || !('set' in login.session)) throw new Error('auth.login');
const token = login.session.set;

const today = localDate(new Date());
const monday = addDays(today, 1 - isoWeekday(today));
const first = `${today.slice(0, 7)}-01`;
const monthFrom = addDays(first, 1 - isoWeekday(first));
const shown = ['optie', 'aanvraag', 'bevestigd'];
const range = (from: string, to: string) => ({ from, to, roomIds: [], renterId: null, statuses: shown });

type Call = [method: string, input: unknown];
// What each screen asks for when it opens, as the renderer calls it now.
const SCREENS: Record<string, Call[]> = {
  'agenda week': [
    ['rooms.list', { includeArchived: true }],
    ['bookings.options', {}],
    ['bookings.calendar', range(monday, addDays(monday, 6))],
    // The agenda's renter filter and the new booking's dialog (drawn ahead): the first renters by name.
    ['renters.search', { search: '', ids: [], includeArchived: true, limit: 20 }],
    ['renters.search', { search: '', ids: [], includeArchived: false, limit: 20 }],
  ],
  'agenda month': [['bookings.calendar', range(monthFrom, addDays(monthFrom, 41))]],
  'agenda day': [['bookings.calendar', range(today, today)]],
  'renter picker, typed': [['renters.search', { search: 'buurt', ids: [], limit: 20 }]],
  huurders: [['renters.list', {}]],
  vrijwilligers: [['volunteers.list', { limit: 51 }]],
  'rooster week': [
    ['volunteers.list', {}],
    ['roster.week', { from: monday, to: addDays(monday, 6) }],
  ],
  aanvragen: [['applications.list', { statuses: [], search: '' }]],
  auditlog: [['audit.list', {}]],
  // An activity's form: the booking series of the coming eight weeks to link it to (before: bookings.list of them all).
  'activity series picker': [['bookings.series', { from: today, to: addDays(today, 56) }]],
  'activity series picker (old)': [['bookings.list', range(today, addDays(today, 56))]],
  // The week as the agenda asked for it before bookings.calendar: for comparing.
  'bookings.list (old week)': [['bookings.list', range(monday, addDays(monday, 6))]],
};

const answers: Record<string, unknown> = {};
for (const [screen, calls] of Object.entries(SCREENS)) {
  let bytes = 0;
  let ms = 0;
  console.log(`\n${screen}`);
  for (const [method, input] of calls) {
    const r = await dispatch(core, method, input, token);
    if (!r.ok) {
      console.log(`  ${method.padEnd(20)} —  ${r.error.code}`);
      continue;
    }
    const size = Buffer.byteLength(JSON.stringify(r.value));
    const rows = Array.isArray(r.value) ? r.value.length : null;
    const t = await time(() => dispatch(core, method, input, token), { budgetMs: 1000, max: 100 });
    bytes += size;
    ms += t.median;
    answers[`${screen} ${method}`] = r.value;
    const per = rows ? ` (${rows} rows, ${(size / rows).toFixed(0)} B/row)` : '';
    console.log(
      `  ${method.padEnd(20)} ${(size / 1024).toFixed(1).padStart(8)} KB ${t.median.toFixed(2).padStart(7)} ms (p95 ${t.p95.toFixed(2)})${per}`,
    );
  }
  console.log(`  ${'sum'.padEnd(20)} ${(bytes / 1024).toFixed(1).padStart(8)} KB ${ms.toFixed(2).padStart(7)} ms`);
}
if (jsonAt >= 0) writeFileSync(process.argv[jsonAt + 1]!, JSON.stringify(answers));
core.close();
