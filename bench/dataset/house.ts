import type { GenContext } from './context';

const FLOORS = ['Begane grond', 'Eerste verdieping', 'Tweede verdieping'];
const KINDS = [
  {
    kind: 'Zaal',
    area: 120,
    layouts: [
      { layout: 'theater', capacity: 100 },
      { layout: 'cabaret', capacity: 60 },
    ],
  },
  { kind: 'Vergaderkamer', area: 30, layouts: [{ layout: 'vergadering', capacity: 14 }] },
  {
    kind: 'Cursusruimte',
    area: 45,
    layouts: [
      { layout: 'school', capacity: 20 },
      { layout: 'kring', capacity: 24 },
    ],
  },
  { kind: 'Spreekkamer', area: 12, layouts: [{ layout: 'gesprek', capacity: 4 }] },
  { kind: 'Beweegzaal', area: 80, layouts: [{ layout: 'leeg', capacity: 25 }] },
];
const COLORS = [
  '#c2255c',
  '#e8590c',
  '#2f9e44',
  '#1971c2',
  '#5f3dc4',
  '#0c8599',
  '#f08c00',
  '#495057',
  '#9c36b5',
  '#087f5b',
];
const RENTER_TYPES = [
  'bewoner',
  'bewonersgroep',
  'organisatie',
  'sociaal_ondernemer',
  'commercieel',
  'welzijnsaanbieder',
] as const;
const FIRST = [
  'Fatima',
  'Henk',
  'Ayşe',
  'Kees',
  'Naima',
  'Ruud',
  'Linda',
  'Mehmet',
  'Joke',
  'Sven',
  'Anouk',
  'Peter',
  'Samira',
  'Gerrit',
  'Els',
  'Marco',
];
const LAST = [
  'de Vries',
  'Bakker',
  'Demir',
  'van Leeuwen',
  'Benali',
  'Verhoeven',
  'Koster',
  'Kaya',
  'Smit',
  'de Groot',
  'Visser',
  'Jansen',
  'Ouali',
  'Pinas',
  'Rossi',
  'Yılmaz',
];
const GROUPS = [
  'Taalcafé',
  'Bewonersvereniging',
  'Buurtkeuken',
  'Stichting Geldzorg',
  'Dansschool',
  'Koor',
  'Schaakclub',
  'Jongerenwerk',
  'Moestuin',
  'Naaiatelier',
  'Yogagroep',
  'Huiswerkklas',
];
const WIJKEN = ['Tarwewijk', 'Carnisse', 'Oud-Charlois', 'Wielewaal', 'Zuidwijk', 'Pendrecht'];

export function personName(ctx: GenContext, n: number): string {
  return `${ctx.random.pick(FIRST)} ${ctx.random.pick(LAST)} ${n}`;
}

export interface House {
  roomIds: number[];
  /** Renters with their tariff category, for realistic prices and key rights. */
  renterIds: number[];
  wijken: string[];
}

/** The building, its hours, 30 rooms, tariffs and the renters: all through the API. */
export async function generateHouse(ctx: GenContext): Promise<House> {
  const { caller, random, amounts, time } = ctx;
  const weekdays = [1, 2, 3, 4, 5];
  await caller.call('hours.set', {
    kind: 'open',
    intervals: [
      ...weekdays.map((weekday) => ({ weekday, start: '08:30', end: '22:30' })),
      { weekday: 6, start: '09:30', end: '17:30' },
    ],
  });
  await caller.call('hours.set', {
    kind: 'beheerder',
    intervals: weekdays.map((weekday) => ({ weekday, start: '08:30', end: '17:00' })),
  });

  const roomIds: number[] = [];
  for (let i = 0; i < amounts.rooms; i++) {
    const k = KINDS[i % KINDS.length]!;
    const room = await caller.call<{ id: number }>('rooms.create', {
      name: `${k.kind} ${Math.floor(i / KINDS.length) + 1}`,
      floor: FLOORS[i % FLOORS.length],
      areaM2: k.area,
      layouts: k.layouts,
      facilities: ['wifi'],
      wheelchairAccessible: true,
      changeoverMinutes: 15,
      color: COLORS[i % COLORS.length],
    });
    roomIds.push(room.id);
  }

  const validFrom = `${time.from.slice(0, 4)}-01-01`;
  const categories: number[] = [];
  for (const [name, free] of [
    ['Bewonersinitiatief', true],
    ['Welzijnsaanbieder', true],
    ['Sociaal tarief', false],
    ['Commercieel', false],
  ] as const) {
    const c = await caller.call<{ id: number }>('tariffs.createCategory', { name, description: '', free });
    categories.push(c.id);
    if (!free)
      await caller.call('tariffs.create', {
        categoryId: c.id,
        roomId: null,
        validFrom,
        hourlyCents: name === 'Commercieel' ? 3500 : 1250,
        daypartCents: null,
        vatPercent: name === 'Commercieel' ? 21 : 0,
      });
  }

  const renterIds: number[] = [];
  for (let i = 0; i < amounts.renters; i++) {
    const type = RENTER_TYPES[i % RENTER_TYPES.length]!;
    const category =
      type === 'commercieel'
        ? categories[3]!
        : type === 'welzijnsaanbieder'
          ? categories[1]!
          : type === 'bewoner' || type === 'bewonersgroep'
            ? categories[0]!
            : categories[2]!;
    const contact = personName(ctx, i);
    const r = await caller.call<{ id: number }>('renters.create', {
      name: type === 'bewoner' ? contact : `${random.pick(GROUPS)} ${random.pick(WIJKEN)} ${i}`,
      type,
      contactPerson: contact,
      phone: `06 ${String(10_000_000 + i).slice(0, 8)}`,
      email: `huurder${i}@voorbeeld.example`,
      tariffCategoryId: category,
      keyRights: random.chance(0.3),
    });
    renterIds.push(r.id);
  }
  caller.commit();
  return { roomIds, renterIds, wijken: WIJKEN };
}
