import type { Core } from '../../../db/platform/core';
import { ok } from '../../helpers';

/** A small house for booking tests: opening hours, two rooms, free and paid renters. Dates used are in 2027. */
export async function bookingHouse(core: Core, token: string) {
  await ok(core, token, 'hours.set', {
    kind: 'open',
    intervals: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '09:00', end: '22:00' })),
  });
  await ok(core, token, 'hours.set', {
    kind: 'beheerder',
    intervals: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
  });
  const zaal = await ok(core, token, 'rooms.create', {
    name: 'Zaal',
    changeoverMinutes: 30,
    layouts: [
      { layout: 'theater', capacity: 50 },
      { layout: 'vergadering', capacity: 20 },
    ],
  });
  const kamer = await ok(core, token, 'rooms.create', {
    name: 'Kamer',
    changeoverMinutes: 0,
    layouts: [{ layout: 'vergadering', capacity: 10 }],
  });
  const gratis = await ok(core, token, 'tariffs.createCategory', { name: 'Bewonersinitiatief', free: true });
  const sociaal = await ok(core, token, 'tariffs.createCategory', { name: 'Sociaal' });
  await ok(core, token, 'tariffs.create', {
    categoryId: sociaal.id,
    roomId: null,
    validFrom: '2026-01-01',
    hourlyCents: 1000,
    daypartCents: 3500,
    vatPercent: 0,
  });
  await ok(core, token, 'tariffs.create', {
    categoryId: sociaal.id,
    roomId: zaal.id,
    validFrom: '2026-01-01',
    hourlyCents: 2000,
    daypartCents: null,
    vatPercent: 21,
  });
  const bewoners = await ok(core, token, 'renters.create', {
    name: 'Bewonersgroep Oost',
    type: 'bewonersgroep',
    tariffCategoryId: gratis.id,
    keyRights: true,
  });
  const stichting = await ok(core, token, 'renters.create', {
    name: 'Stichting Zuid',
    type: 'organisatie',
    tariffCategoryId: sociaal.id,
    invoiceAddress: 'Postbus 1\n3000 AA Rotterdam',
  });
  return { zaal, kamer, gratis, sociaal, bewoners, stichting };
}

/** A valid single booking on Tuesday 9 March 2027, 10:00–12:00, inside opening and beheerder hours. */
export const single = (roomId: number, renterId: number, over: Record<string, unknown> = {}) => ({
  roomIds: [roomId],
  renterId,
  title: 'Bijeenkomst',
  date: '2027-03-09',
  startTime: '10:00',
  endTime: '12:00',
  status: 'bevestigd',
  ...over,
});
