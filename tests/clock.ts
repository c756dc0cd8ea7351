import { clockFrom, localDate, type Clock } from '../db/platform/clock';

/**
 * The moment every test runs at, whatever the date on the machine: WIJKHUIS_TEST_NOW (Amsterdam wall-clock time
 * or ISO), else a fixed Monday morning. Run the suite with other moments to show it holds on any date, e.g.
 * `WIJKHUIS_TEST_NOW=2031-03-30T10:00 npm run test:unit`.
 */
export const TEST_NOW = process.env.WIJKHUIS_TEST_NOW ?? '2026-12-07T10:00';

/** One clock for the whole test process: it starts at TEST_NOW and runs on with real time, so durations pass. */
const clock = clockFrom(TEST_NOW);

export function testClock(): Clock {
  return clock;
}

/** Today at TEST_NOW, as 'YYYY-MM-DD'. */
export function today(): string {
  return localDate(testClock().now());
}
