import { describe, expect, it } from 'vitest';
import { fails, fingerprint, ok, openCore, setUp } from '../../helpers';
import { bookingHouse, single } from './fixture';

async function house() {
  const core = await openCore();
  const token = await setUp(core);
  return { core, token, ...(await bookingHouse(core, token)) };
}

describe('dragging a booking in the agenda', () => {
  it('asks first when the booking is one date of a series, saying the others stay, and writes nothing until confirmed', async () => {
    const { core, token, kamer, zaal, bewoners } = await house();
    const made = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { recurrence: { kind: 'weekly', count: 3 } }),
    );
    const move = {
      id: made.ids[0],
      start: '2027-03-09T13:00',
      end: '2027-03-09T15:00',
      fromRoomId: kamer.id,
      toRoomId: zaal.id,
    };
    const before = fingerprint(core.db);
    const asked = await fails(core, token, 'bookings.move', move);
    expect(asked.code).toBe('NEEDS_CONFIRMATION');
    expect(asked.fieldErrors.warnings).toEqual([
      '"Bijeenkomst" hoort bij een reeks. Alleen deze keer (di 9 mrt 2027) wordt verplaatst (naar Zaal); de andere keren van de reeks blijven staan.',
    ]);
    expect(fingerprint(core.db)).toBe(before);
    const moved = await ok(core, token, 'bookings.move', { ...move, confirmWarnings: true });
    expect(moved).toMatchObject({ start: '2027-03-09T13:00', roomIds: [zaal.id], detached: true });
    expect(moved.previous).toEqual({
      start: '2027-03-09T10:00',
      end: '2027-03-09T12:00',
      roomIds: [kamer.id],
      detached: false,
    });
  });

  it('undoes a move: the booking goes back to its time and rooms, and into its series again', async () => {
    const { core, token, kamer, zaal, bewoners, stichting } = await house();
    const made = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { recurrence: { kind: 'weekly', count: 3 } }),
    );
    const moved = await ok(core, token, 'bookings.move', {
      id: made.ids[0],
      start: '2027-03-09T13:00',
      end: '2027-03-09T15:00',
      fromRoomId: kamer.id,
      toRoomId: zaal.id,
      confirmWarnings: true,
    });
    const { previous } = moved;
    const undone = await ok(core, token, 'bookings.move', {
      id: moved.id,
      start: previous.start,
      end: previous.end,
      restore: { roomIds: previous.roomIds, detached: previous.detached },
      confirmWarnings: true,
    });
    expect(undone).toMatchObject({ start: '2027-03-09T10:00', roomIds: [kamer.id], detached: false });
    // Back in its series: an edit of all reaches it again.
    await ok(core, token, 'bookings.update', {
      ...single(kamer.id, bewoners.id),
      id: made.ids[1],
      scope: 'all',
      date: '2027-03-16',
      title: 'Samen',
    });
    expect((await ok(core, token, 'bookings.get', { id: made.ids[0] })).booking.title).toBe('Samen');
    const history = (await ok(core, token, 'bookings.get', { id: made.ids[0] })).history.map(
      (h: { summary: string }) => h.summary,
    );
    expect(history).toContain(
      'Verplaatsing ongedaan gemaakt: 2027-03-09T13:00–15:00 in Zaal → 2027-03-09T10:00–12:00 in Kamer',
    );

    // A single booking moves without asking, and can be undone as well.
    const one = await ok(core, token, 'bookings.create', single(kamer.id, stichting.id, { date: '2027-03-10' }));
    const single1 = await ok(core, token, 'bookings.move', {
      id: one.ids[0],
      start: '2027-03-10T14:00',
      end: '2027-03-10T16:00',
    });
    expect(single1.previous).toMatchObject({ start: '2027-03-10T10:00', detached: false });
  });
});
