import { describe, expect, it } from 'vitest';
import { fails, fingerprint, ok, openCore, setUp, tokenFor } from '../../helpers';

const zaal = {
  name: 'Grote zaal',
  description: 'Met podium',
  floor: 'Begane grond',
  areaM2: 120,
  layouts: [
    { layout: 'theater', capacity: 100 },
    { layout: 'cabaret', capacity: 60 },
  ],
  facilities: ['beamer', 'geluid'],
  wheelchairAccessible: true,
  changeoverMinutes: 30,
  color: '#c2255c',
};

describe('rooms', () => {
  it('adds a room with capacities per layout and reports its largest capacity', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const room = await ok(core, token, 'rooms.create', zaal);
    expect(room).toMatchObject({ ...zaal, active: true, maxCapacity: 100 });
    expect(await ok(core, token, 'rooms.get', { id: room.id })).toEqual(room);
  });

  it('edits a room and records what changed', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const room = await ok(core, token, 'rooms.create', zaal);
    const edited = await ok(core, token, 'rooms.update', {
      ...zaal,
      id: room.id,
      changeoverMinutes: 45,
      layouts: [{ layout: 'theater', capacity: 110 }],
    });
    expect(edited).toMatchObject({
      changeoverMinutes: 45,
      maxCapacity: 110,
      layouts: [{ layout: 'theater', capacity: 110 }],
    });
    const { rows } = await ok(core, token, 'audit.list', { entity: 'rooms' });
    expect(rows[0].summary).toBe(
      'Opstellingen: theater (100 personen), cabaret (60 personen) → theater (110 personen); Tijd tussen boekingen: 30 min → 45 min',
    );
  });

  it('archives a room: gone from the default list, kept with its history, editable again after restoring', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const room = await ok(core, token, 'rooms.create', zaal);
    await ok(core, token, 'rooms.archive', { id: room.id });
    expect(await ok(core, token, 'rooms.list')).toEqual([]);
    expect((await ok(core, token, 'rooms.list', { includeArchived: true }))[0]).toMatchObject({
      id: room.id,
      active: false,
    });
    expect((await fails(core, token, 'rooms.update', { ...zaal, id: room.id })).code).toBe('CONFLICT');
    expect((await fails(core, token, 'rooms.archive', { id: room.id })).message).toBe(
      'Deze ruimte is al gearchiveerd.',
    );
    await ok(core, token, 'rooms.restore', { id: room.id });
    expect((await ok(core, token, 'rooms.list')).map((r: { id: number }) => r.id)).toEqual([room.id]);
  });

  it('refuses bad input next to the field and writes nothing', async () => {
    const core = await openCore();
    const token = await setUp(core);
    await ok(core, token, 'rooms.create', zaal);
    const before = fingerprint(core.db);
    const error = await fails(core, token, 'rooms.create', {
      name: '',
      changeoverMinutes: -5,
      color: 'rood',
      areaM2: 0,
      layouts: [
        { layout: 'theater', capacity: 0 },
        { layout: 'Theater', capacity: 10 },
      ],
    });
    expect(error.fieldErrors).toMatchObject({
      name: ['Naam is verplicht.'],
      changeoverMinutes: ['De tijd tussen boekingen kan niet negatief zijn.'],
      color: ['Kies een kleur als #RRGGBB.'],
      areaM2: ['Minstens 1 m².'],
      'layouts.0.capacity': ['Minstens 1 persoon.'],
    });
    expect(
      (
        await fails(core, token, 'rooms.create', {
          name: 'Zaal',
          layouts: [
            { layout: 'kring', capacity: 10 },
            { layout: 'Kring', capacity: 12 },
          ],
        })
      ).fieldErrors,
    ).toEqual({ 'layouts.1.layout': ['Deze opstelling staat er al.'] });
    expect((await fails(core, token, 'rooms.create', { ...zaal, name: 'GROTE ZAAL' })).fieldErrors).toEqual({
      name: ['Er is al een ruimte met deze naam.'],
    });
    expect((await fails(core, token, 'rooms.get', { id: 999 })).code).toBe('NOT_FOUND');
    expect(fingerprint(core.db)).toBe(before);
  });

  it('lets the balie read rooms but not change them', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    const balie = await tokenFor(core, admin, 'balie');
    await ok(core, admin, 'rooms.create', zaal);
    expect(await ok(core, balie, 'rooms.list')).toHaveLength(1);
    expect((await fails(core, balie, 'rooms.create', { ...zaal, name: 'Nog een' })).code).toBe('FORBIDDEN');
  });
});
