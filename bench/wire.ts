import type { ApiCall } from './probe';
import type { Walks } from './navigation';
import { BOOKING_VIEWS } from './screens';
import { row, stats, type Row } from './rows';
import { amount } from './table';

/** The issue's targets for what a screen costs the server and the wire when it opens. */
const SERVER = { max: 10 };
const BYTES = { max: 300 };
const BYTES_PER_BOOKING = { max: 250 };

/** Kilobytes as 1,000 bytes: the stricter reading of "300 KB". */
const KB = 1000;

const serverMs = (c: ApiCall) => c.dispatchMs + c.jsonMs;
const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
const median = (ns: number[]) => stats(ns).median;

/** Per method, its median server time over the rounds (a method called twice in a step adds up): "bookings.list 3.1 ms". */
function callsNote(rounds: ApiCall[][]): string {
  const names = [...new Set(rounds.flat().map((c) => c.name))];
  return names
    .map((name) => {
      const perRound = rounds.map((calls) => sum(calls.filter((c) => c.name === name).map(serverMs)));
      const count = Math.max(...rounds.map((calls) => calls.filter((c) => c.name === name).length));
      return `${name}${count > 1 ? ` ×${count}` : ''} ${amount(median(perRound), 'ms')}`;
    })
    .join(', ');
}

/**
 * From the walks: per screen the server's own time for the calls it made on opening (the bridge's Server-Timing:
 * dispatch and JSON), the bytes of their answers, and for the calendar's week and month the bytes of the
 * bookings call per booking.
 */
export function wireRows(walks: Walks): Row[] {
  const server: Row[] = [];
  const bytes: Row[] = [];
  const perBooking: Row[] = [];
  for (const [name, results] of walks) {
    const rounds = results.map((r) => r.calls);
    server.push(
      row(`server: ${name}`, stats(rounds.map((calls) => sum(calls.map(serverMs)))), null, SERVER, {
        note: callsNote(rounds),
      }),
    );
    const kb = rounds.map((calls) => sum(calls.map((c) => c.bytes)) / KB);
    const biggest = rounds.at(-1)!.reduce<ApiCall | null>((a, c) => (a && a.bytes >= c.bytes ? a : c), null);
    bytes.push(
      row(`bytes: ${name}`, stats(kb), null, BYTES, {
        unit: 'KB',
        note: biggest ? `largest: ${biggest.name} ${amount(biggest.bytes / KB, 'KB')}` : 'no calls',
      }),
    );
    if (BOOKING_VIEWS.has(name)) {
      const lists = rounds.map((calls) => calls.find((c) => c.name === 'bookings.list'));
      const per = lists.flatMap((c) => (c && c.items ? [c.bytes / c.items] : []));
      const last = lists.at(-1);
      if (per.length && last)
        perBooking.push(
          row(`bytes per booking: ${name}`, stats(per), null, BYTES_PER_BOOKING, {
            unit: 'B',
            note: `bookings.list: ${last.items} bookings, ${amount(last.bytes / KB, 'KB')}`,
          }),
        );
    }
  }
  return [...server, ...bytes, ...perBooking];
}
