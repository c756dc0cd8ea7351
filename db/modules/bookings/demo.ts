import type { Db } from '../../platform/database';
import { addDays, isoWeekday, localDate, type Clock } from '../../platform/clock';
import type { z } from '../../contract/zod';
import { insertCategory, insertTariff } from './tariffs';
import { insertRenter } from './renters';
import { saveNewBookings } from './create';
import { bookingCreate } from './schemas';

/** The demo house's renters, tariffs and a few weeks of a busy programme around today. */

type Categories = Record<'gratis' | 'eigen' | 'sociaal' | 'commercieel', number>;
export type DemoRenters = Record<'welzijn' | 'taal' | 'buurt' | 'schuld' | 'dans' | 'koken', number>;

type BookingInput = z.input<typeof bookingCreate>;

/** The programme, from the Monday two weeks ago: `day` counts from that Monday, `optionDays` from today. */
const DEMO_BOOKINGS: (Partial<Omit<BookingInput, 'roomIds' | 'renterId' | 'date'>> &
  Pick<BookingInput, 'title' | 'startTime' | 'endTime'> & {
    rooms: string[];
    renter: keyof DemoRenters;
    day: number;
    optionDays?: number;
  })[] = [
  {
    rooms: ['Huiskamer'],
    renter: 'welzijn',
    title: 'Open inloop',
    activity: 'Koffie, krant en een praatje',
    day: 0,
    startTime: '10:00',
    endTime: '12:00',
    recurrence: { kind: 'weekly', count: 12 },
  },
  {
    rooms: ['Huiskamer'],
    renter: 'taal',
    title: 'Taalcafé',
    activity: 'Nederlands oefenen in een kleine groep',
    day: 1,
    startTime: '10:00',
    endTime: '12:00',
    expectedPeople: 18,
    layout: 'cabaret',
    recurrence: { kind: 'weekly', count: 12 },
  },
  {
    rooms: ['Beweegzaal'],
    renter: 'welzijn',
    title: 'Valpreventie: In Balans',
    activity: 'Beweegles voor 65-plussers',
    day: 3,
    startTime: '14:00',
    endTime: '15:30',
    setupMinutes: 15,
    recurrence: { kind: 'weekly', count: 12 },
  },
  {
    rooms: ['Kinderruimte'],
    renter: 'welzijn',
    title: 'Kotercafé',
    activity: 'Ouders met kinderen van 0–4 jaar',
    day: 2,
    startTime: '09:30',
    endTime: '11:30',
    recurrence: { kind: 'weekly', count: 12 },
  },
  {
    rooms: ['Spreekkamer'],
    renter: 'schuld',
    title: 'Financieel spreekuur',
    activity: 'Hulp bij post, toeslagen en schulden',
    day: 1,
    startTime: '13:00',
    endTime: '16:00',
    recurrence: { kind: 'weekly', count: 12 },
  },
  {
    rooms: ['Grote zaal'],
    renter: 'dans',
    title: 'Salsa voor beginners',
    day: 0,
    startTime: '19:30',
    endTime: '21:30',
    setupMinutes: 15,
    teardownMinutes: 15,
    expectedPeople: 30,
    layout: 'receptie',
    recurrence: { kind: 'biweekly', count: 6 },
  },
  {
    rooms: ['Vergaderkamer 1'],
    renter: 'buurt',
    title: 'Bestuursvergadering bewonersvereniging',
    day: 2,
    startTime: '19:30',
    endTime: '21:30',
    expectedPeople: 9,
    layout: 'vergadering',
    recurrence: { kind: 'monthly', count: 4 },
  },
  {
    rooms: ['Keuken', 'Huiskamer'],
    renter: 'koken',
    title: 'Buurtmaaltijd',
    activity: 'Samen koken en eten voor € 4',
    day: 4,
    startTime: '16:00',
    endTime: '20:00',
    expectedPeople: 28,
    recurrence: { kind: 'weekly', count: 8 },
  },
  {
    rooms: ['Grote zaal'],
    renter: 'dans',
    title: 'Verjaardagsfeest (optie)',
    day: 19,
    startTime: '18:00',
    endTime: '23:00',
    status: 'optie',
    optionDays: 3,
    expectedPeople: 90,
    layout: 'receptie',
    keyHolder: 'Marco Rossi',
  },
  {
    rooms: ['Vergaderkamer 2'],
    renter: 'schuld',
    title: 'Intervisie vrijwilligers',
    day: 17,
    startTime: '10:00',
    endTime: '12:00',
    status: 'aanvraag',
    expectedPeople: 8,
    layout: 'vergadering',
  },
];

function seedTariffs(db: Db, room: Record<string, number>, today: string): Categories {
  const cat = {
    gratis: insertCategory(db, {
      name: 'Bewonersinitiatief',
      description: 'Activiteiten van en voor bewoners: geen gebruikersbijdrage.',
      free: true,
    }),
    eigen: insertCategory(db, {
      name: 'Welzijnsaanbieder',
      description: 'Eigen activiteiten van de welzijnsaanbieder.',
      free: true,
    }),
    sociaal: insertCategory(db, {
      name: 'Sociaal tarief',
      description: 'Maatschappelijke organisaties en sociaal ondernemers.',
      free: false,
    }),
    commercieel: insertCategory(db, {
      name: 'Commercieel',
      description: 'Feesten, trainingen en andere commerciële huur.',
      free: false,
    }),
  };
  const validFrom = `${Number(today.slice(0, 4)) - 1}-01-01`;
  insertTariff(db, {
    categoryId: cat.sociaal,
    roomId: null,
    validFrom,
    hourlyCents: 1250,
    daypartCents: 4000,
    vatPercent: 0,
  });
  insertTariff(db, {
    categoryId: cat.sociaal,
    roomId: room['Grote zaal']!,
    validFrom,
    hourlyCents: 2500,
    daypartCents: 8500,
    vatPercent: 0,
  });
  insertTariff(db, {
    categoryId: cat.commercieel,
    roomId: null,
    validFrom,
    hourlyCents: 3500,
    daypartCents: 12000,
    vatPercent: 21,
  });
  insertTariff(db, {
    categoryId: cat.commercieel,
    roomId: room['Grote zaal']!,
    validFrom,
    hourlyCents: 6000,
    daypartCents: 20000,
    vatPercent: 21,
  });
  return cat;
}

function seedRenters(db: Db, clock: Clock, cat: Categories): DemoRenters {
  const renter = (
    name: string,
    type: Parameters<typeof insertRenter>[2]['type'],
    categoryId: number,
    extra: Partial<Parameters<typeof insertRenter>[2]> = {},
  ) =>
    insertRenter(db, clock, {
      name,
      type,
      tariffCategoryId: categoryId,
      contactPerson: '',
      phone: '',
      email: '',
      invoiceAddress: '',
      keyRights: false,
      notes: '',
      ...extra,
    });
  return {
    welzijn: renter('Wmo radar – team Charlois', 'welzijnsaanbieder', cat.eigen, {
      contactPerson: 'Samira El Amrani',
      phone: '010 200 30 40',
      email: 'charlois@wmoradar.example',
    }),
    taal: renter('Taalcafé Tarwewijk', 'bewonersgroep', cat.gratis, {
      contactPerson: 'Joke de Vries',
      phone: '06 12 34 56 78',
      keyRights: true,
    }),
    buurt: renter('Bewonersvereniging Carnisse', 'bewonersgroep', cat.gratis, {
      contactPerson: 'Henk Bakker',
      phone: '06 23 45 67 89',
      keyRights: true,
    }),
    schuld: renter('Stichting Geldzorg Zuid', 'organisatie', cat.sociaal, {
      contactPerson: 'Ayşe Yılmaz',
      email: 'planning@geldzorg.example',
      invoiceAddress: 'Stichting Geldzorg Zuid\nPostbus 1234\n3000 AB Rotterdam',
    }),
    dans: renter('Dansschool Ritme', 'commercieel', cat.commercieel, {
      contactPerson: 'Marco Rossi',
      phone: '06 98 76 54 32',
      email: 'info@ritme.example',
      invoiceAddress: 'Dansschool Ritme\nVoorbeeldweg 5\n3083 AA Rotterdam',
    }),
    koken: renter('Buurtkeuken Zuid', 'sociaal_ondernemer', cat.sociaal, {
      contactPerson: 'Fatima Ouali',
      phone: '06 11 22 33 44',
    }),
  };
}

/** Tariffs, renters and their bookings; returns the renters (one of them holds a key). */
export function seedDemoBookings(db: Db, clock: Clock, room: Record<string, number>): DemoRenters {
  const today = localDate(clock.now());
  const cat = seedTariffs(db, room, today);
  const renters = seedRenters(db, clock, cat);
  const monday = addDays(today, 1 - isoWeekday(today) - 14);
  for (const { rooms, renter, day, optionDays, ...fields } of DEMO_BOOKINGS)
    saveNewBookings(
      db,
      clock,
      bookingCreate.parse({
        status: 'bevestigd',
        confirmWarnings: true,
        skipConflicts: true,
        ...fields,
        roomIds: rooms.map((name) => room[name]!),
        renterId: renters[renter],
        date: addDays(monday, day),
        ...(optionDays === undefined ? {} : { optionUntil: addDays(today, optionDays) }),
      }),
    );
  return renters;
}
