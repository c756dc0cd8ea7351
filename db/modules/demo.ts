import type { Db } from '../platform/database';
import { saveBuilding, setHours, insertClosure } from './building/building';
import { insertRoom } from './building/rooms';
import { addDays, isoWeekday, localDate } from '../platform/clock';
import { insertCategory, insertTariff } from './bookings/tariffs';
import { insertRenter } from './bookings/renters';
import { saveNewBookings } from './bookings/bookings';
import { bookingCreate } from './bookings/schemas';
import type { z } from '../contract/zod';
import { localDateTime } from '../platform/clock';
import { insertKey, handOut } from './beheer/keys';
import { setHouseInfo } from './beheer/houseInfo';
import { seedDemoVolunteers } from './roster/demo';
import { seedDemoActivities } from './attendance/demo';
import { seedDemoBudget } from './budget/demo';

/**
 * A fictional but realistic Huis van de Wijk in Charlois, so a new user sees a living house.
 * Later modules add their own demo data here.
 */
export function seedDemo(db: Db, name = 'Huis van de Wijk De Wilgenhof'): void {
  saveBuilding(db, {
    name,
    street: 'Wilgenhofplein 12',
    postcode: '3083 XK',
    city: 'Rotterdam',
    gebied: 'Charlois',
    wijken: ['Tarwewijk', 'Carnisse'],
    managementForm: 'sociaal_beheer',
    phone: '010 123 45 67',
    email: 'info@wilgenhof.example',
    accessibility:
      'Ingang en begane grond rolstoeltoegankelijk (automatische deur, drempelloos). Lift naar de eerste verdieping. Invalidentoilet naast de foyer.',
    closedOnHolidays: true,
    iban: 'NL91ABNA0417164300',
    invoiceNote:
      'Zaalhuur voor welzijnsactiviteiten is vrijgesteld van btw. Betaal binnen de termijn onder vermelding van het factuurnummer.',
  });
  const weekdays = [1, 2, 3, 4, 5];
  setHours(db, 'open', [
    ...weekdays.map((weekday) => ({ weekday, start: '09:00', end: '22:00' })),
    { weekday: 6, start: '10:00', end: '17:00' },
  ]);
  setHours(db, 'beheerder', [
    ...[1, 2, 3, 4].map((weekday) => ({ weekday, start: '08:30', end: '17:00' })),
    { weekday: 5, start: '08:30', end: '12:30' },
  ]);
  const year = Number(localDate().slice(0, 4));
  insertClosure(db, { startDate: `${year}-12-24`, endDate: `${year + 1}-01-01`, reason: 'Kerstsluiting' });
  insertClosure(db, {
    startDate: `${year + 1}-07-27`,
    endDate: `${year + 1}-08-09`,
    reason: 'Zomersluiting (onderhoud vloeren)',
  });

  const rooms = [
    {
      name: 'Grote zaal',
      floor: 'Begane grond',
      areaM2: 140,
      color: '#c2255c',
      changeoverMinutes: 30,
      wheelchairAccessible: true,
      layouts: [
        { layout: 'theater', capacity: 120 },
        { layout: 'cabaret', capacity: 80 },
        { layout: 'receptie', capacity: 150 },
      ],
      facilities: ['beamer', 'scherm', 'geluid', 'wifi'],
      description: 'Voor bijeenkomsten, voorstellingen en feesten. Podium en verrijdbare tafels.',
    },
    {
      name: 'Huiskamer',
      floor: 'Begane grond',
      areaM2: 60,
      color: '#e8590c',
      changeoverMinutes: 0,
      wheelchairAccessible: true,
      layouts: [
        { layout: 'kring', capacity: 30 },
        { layout: 'cabaret', capacity: 24 },
      ],
      facilities: ['koffie', 'wifi'],
      description: 'De open inloop: koffie, krant en een praatje.',
    },
    {
      name: 'Keuken',
      floor: 'Begane grond',
      areaM2: 35,
      color: '#2f9e44',
      changeoverMinutes: 30,
      wheelchairAccessible: true,
      layouts: [{ layout: 'kookles', capacity: 12 }],
      facilities: ['keuken'],
      description: 'Professionele keuken voor kookactiviteiten en de buurtmaaltijd.',
    },
    {
      name: 'Vergaderkamer 1',
      floor: 'Eerste verdieping',
      areaM2: 30,
      color: '#1971c2',
      changeoverMinutes: 15,
      wheelchairAccessible: true,
      layouts: [
        { layout: 'vergadering', capacity: 14 },
        { layout: 'school', capacity: 12 },
      ],
      facilities: ['scherm', 'whiteboard', 'wifi'],
      description: '',
    },
    {
      name: 'Vergaderkamer 2',
      floor: 'Eerste verdieping',
      areaM2: 22,
      color: '#5f3dc4',
      changeoverMinutes: 15,
      wheelchairAccessible: true,
      layouts: [{ layout: 'vergadering', capacity: 8 }],
      facilities: ['whiteboard', 'wifi'],
      description: '',
    },
    {
      name: 'Beweegzaal',
      floor: 'Eerste verdieping',
      areaM2: 80,
      color: '#0c8599',
      changeoverMinutes: 15,
      wheelchairAccessible: true,
      layouts: [{ layout: 'leeg', capacity: 25 }],
      facilities: ['spiegelwand', 'sportmatten', 'geluid'],
      description: 'Valpreventie, stoelyoga, dans.',
    },
    {
      name: 'Kinderruimte',
      floor: 'Begane grond',
      areaM2: 45,
      color: '#f08c00',
      changeoverMinutes: 15,
      wheelchairAccessible: true,
      layouts: [{ layout: 'kring', capacity: 20 }],
      facilities: ['kinderspeelgoed'],
      description: 'Kotercafé, huiswerkbegeleiding en kinderwerk.',
    },
    {
      name: 'Spreekkamer',
      floor: 'Begane grond',
      areaM2: 12,
      color: '#495057',
      changeoverMinutes: 5,
      wheelchairAccessible: true,
      layouts: [{ layout: 'gesprek', capacity: 4 }],
      facilities: [],
      description: 'Voor het financieel spreekuur en vertrouwelijke gesprekken.',
    },
  ];
  const roomIds = Object.fromEntries(rooms.map((room) => [room.name, insertRoom(db, room)]));
  const renters = seedDemoBookings(db, roomIds);
  seedDemoBeheer(db, roomIds, renters);
  seedDemoVolunteers(db);
  seedDemoActivities(db);
  seedDemoBudget(db);
}

/** Renters, tariffs and a few weeks of a busy programme around today. */
function seedDemoBookings(db: Db, room: Record<string, number>) {
  const today = localDate();
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

  const renter = (
    name: string,
    type: Parameters<typeof insertRenter>[1]['type'],
    categoryId: number,
    extra: Partial<Parameters<typeof insertRenter>[1]> = {},
  ) =>
    insertRenter(db, {
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
  const r = {
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

  const monday = addDays(today, 1 - isoWeekday(today) - 14);
  const on = (weekday: number) => addDays(monday, weekday - 1);
  const book = (
    input: Partial<z.input<typeof bookingCreate>> &
      Pick<z.input<typeof bookingCreate>, 'roomIds' | 'renterId' | 'title' | 'date' | 'startTime' | 'endTime'>,
  ) =>
    saveNewBookings(
      db,
      bookingCreate.parse({ status: 'bevestigd', confirmWarnings: true, skipConflicts: true, ...input }),
    );
  const weekly = (count: number) => ({ kind: 'weekly' as const, count });
  book({
    roomIds: [room['Huiskamer']!],
    renterId: r.welzijn,
    title: 'Open inloop',
    activity: 'Koffie, krant en een praatje',
    date: on(1),
    startTime: '10:00',
    endTime: '12:00',
    recurrence: weekly(12),
  });
  book({
    roomIds: [room['Huiskamer']!],
    renterId: r.taal,
    title: 'Taalcafé',
    activity: 'Nederlands oefenen in een kleine groep',
    date: on(2),
    startTime: '10:00',
    endTime: '12:00',
    expectedPeople: 18,
    layout: 'cabaret',
    recurrence: weekly(12),
  });
  book({
    roomIds: [room['Beweegzaal']!],
    renterId: r.welzijn,
    title: 'Valpreventie: In Balans',
    activity: 'Beweegles voor 65-plussers',
    date: on(4),
    startTime: '14:00',
    endTime: '15:30',
    setupMinutes: 15,
    recurrence: weekly(12),
  });
  book({
    roomIds: [room['Kinderruimte']!],
    renterId: r.welzijn,
    title: 'Kotercafé',
    activity: 'Ouders met kinderen van 0–4 jaar',
    date: on(3),
    startTime: '09:30',
    endTime: '11:30',
    recurrence: weekly(12),
  });
  book({
    roomIds: [room['Spreekkamer']!],
    renterId: r.schuld,
    title: 'Financieel spreekuur',
    activity: 'Hulp bij post, toeslagen en schulden',
    date: on(2),
    startTime: '13:00',
    endTime: '16:00',
    recurrence: weekly(12),
  });
  book({
    roomIds: [room['Grote zaal']!],
    renterId: r.dans,
    title: 'Salsa voor beginners',
    date: on(1),
    startTime: '19:30',
    endTime: '21:30',
    setupMinutes: 15,
    teardownMinutes: 15,
    expectedPeople: 30,
    layout: 'receptie',
    recurrence: { kind: 'biweekly', count: 6 },
  });
  book({
    roomIds: [room['Vergaderkamer 1']!],
    renterId: r.buurt,
    title: 'Bestuursvergadering bewonersvereniging',
    date: on(3),
    startTime: '19:30',
    endTime: '21:30',
    expectedPeople: 9,
    layout: 'vergadering',
    recurrence: { kind: 'monthly', count: 4 },
  });
  book({
    roomIds: [room['Keuken']!, room['Huiskamer']!],
    renterId: r.koken,
    title: 'Buurtmaaltijd',
    activity: 'Samen koken en eten voor € 4',
    date: on(5),
    startTime: '16:00',
    endTime: '20:00',
    expectedPeople: 28,
    recurrence: weekly(8),
  });
  book({
    roomIds: [room['Grote zaal']!],
    renterId: r.dans,
    title: 'Verjaardagsfeest (optie)',
    date: addDays(on(6), 14),
    startTime: '18:00',
    endTime: '23:00',
    status: 'optie',
    optionUntil: addDays(today, 3),
    expectedPeople: 90,
    layout: 'receptie',
    keyHolder: 'Marco Rossi',
  });
  book({
    roomIds: [room['Vergaderkamer 2']!],
    renterId: r.schuld,
    title: 'Intervisie vrijwilligers',
    date: addDays(on(4), 14),
    startTime: '10:00',
    endTime: '12:00',
    status: 'aanvraag',
    expectedPeople: 8,
    layout: 'vergadering',
  });
  return r;
}

/** A logbook with a handover note, an incident with a follow-up, defects, keys and the house rules. */
function seedDemoBeheer(db: Db, room: Record<string, number>, renter: { taal: number; buurt: number }): void {
  const today = localDate();
  const yesterday = addDays(today, -1);
  const now = localDateTime();
  const log = db.prepare(
    'INSERT INTO logbook_entries (date, daypart, category, text, handover, author_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  log.run(
    yesterday,
    'ochtend',
    'bezoekers',
    'Druk bij de open inloop: 23 bezoekers, twee nieuwe buurtbewoners uit de Tarwewijk.',
    0,
    'Samira El Amrani',
    now,
    now,
  );
  log.run(
    yesterday,
    'middag',
    'schoonmaak',
    'Schoonmaakmiddelen bijna op; bestelling doorgegeven.',
    0,
    'Samira El Amrani',
    now,
    now,
  );
  log.run(
    yesterday,
    'avond',
    'overdracht',
    'De verwarming in de Beweegzaal slaat af en toe af. Storing is gemeld; zet bij koude de elektrische kachel bij (staat in de berging).',
    1,
    'Piet (sleutelhouder)',
    now,
    now,
  );
  const incident = db
    .prepare(
      `INSERT INTO incidents (occurred_at, room_id, place, category, severity, description, action_taken, services_called, services_reference, status, reported_by_name, created_at)
    VALUES (?, ?, '', 'ongeval', 'middel', 'Bezoeker uitgegleden op de natte vloer bij de ingang. Knie geschaafd.', 'EHBO verleend, pleister en koelkompres. Waarschuwingsbord neergezet.', 0, '', 'in_behandeling', 'Samira El Amrani', ?)`,
    )
    .run(`${addDays(today, -3)}T10:40`, room['Huiskamer']!, now).lastInsertRowid;
  db.prepare('INSERT INTO incident_followups (incident_id, action, owner, due_date) VALUES (?, ?, ?, ?)').run(
    incident,
    'Schoonloopmat bij de ingang bestellen',
    'Beheerder',
    addDays(today, 4),
  );
  const defect = db.prepare(
    "INSERT INTO defects (title, description, room_id, place, reported_by, reported_to, priority, status, reported_on, passed_on, notes, created_at) VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, '', ?)",
  );
  defect.run(
    'Verwarming slaat af',
    'Radiatoren worden koud na een uur.',
    room['Beweegzaal']!,
    'Piet',
    'Verhuurder (woningcorporatie)',
    'hoog',
    'doorgegeven',
    addDays(today, -1),
    addDays(today, -1),
    now,
  );
  defect.run(
    'Lamp kapot in de gang',
    '',
    null,
    'Samira El Amrani',
    '',
    'laag',
    'gemeld',
    addDays(today, -12),
    null,
    now,
  );
  defect.run(
    'Afvoer keuken loopt traag',
    '',
    room['Keuken']!,
    'Fatima Ouali',
    'Loodgieter Zuid',
    'normaal',
    'in_behandeling',
    addDays(today, -6),
    addDays(today, -5),
    now,
  );
  const voordeur1 = insertKey(db, {
    kind: 'sleutel',
    label: 'Voordeur 1',
    code: 'S-01',
    notes: 'Past ook op de berging.',
  });
  insertKey(db, { kind: 'sleutel', label: 'Voordeur 2', code: 'S-02', notes: '' });
  const pas = insertKey(db, { kind: 'pas', label: 'Toegangspas 1', code: 'P-114', notes: '' });
  const alarm = insertKey(db, {
    kind: 'alarmcode',
    label: 'Alarmcode gebouw',
    code: '',
    notes: 'De code zelf staat in de kluis, nooit in Wijkhuis.',
  });
  handOut(
    db,
    {
      keyId: voordeur1,
      holderKind: 'huurder',
      holderName: 'Joke de Vries (Taalcafé Tarwewijk)',
      renterId: renter.taal,
      handedOutOn: addDays(today, -60),
      notes: '',
    },
    'Samira El Amrani',
  );
  handOut(
    db,
    {
      keyId: pas,
      holderKind: 'vrijwilliger',
      holderName: 'Piet van Dijk',
      renterId: null,
      handedOutOn: addDays(today, -120),
      notes: 'Opent op zaterdag.',
    },
    'Samira El Amrani',
  );
  handOut(
    db,
    {
      keyId: alarm,
      holderKind: 'vrijwilliger',
      holderName: 'Piet van Dijk',
      renterId: null,
      handedOutOn: addDays(today, -120),
      notes: '',
    },
    'Samira El Amrani',
  );
  setHouseInfo(
    db,
    'huisregels',
    [
      'Iedereen is welkom in De Wilgenhof. We gaan respectvol met elkaar en met het gebouw om.',
      '',
      '- Roken, alcohol en drugs zijn niet toegestaan in en rond het gebouw.',
      '- Laat de ruimte achter zoals je haar aantrof: tafels en stoelen terug, afval in de container.',
      '- Huurders met sleutelrecht openen en sluiten volgens de checklist en tekenen het logboek.',
      '- Overlast of een onveilige situatie? Meld het bij de balie of de beheerder.',
    ].join('\n'),
    'Samira El Amrani',
  );
  setHouseInfo(
    db,
    'noodprocedure',
    [
      "1. Brand of rook: druk op de brandmelder, waarschuw de BHV'er, bel 112.",
      '2. Ontruim via de dichtstbijzijnde nooduitgang; gebruik de lift niet.',
      '3. Verzamelplaats: het plein voor de ingang, bij de bank.',
      "4. De BHV'er telt de aanwezigen met de presentielijst van vandaag.",
    ].join('\n'),
    'Samira El Amrani',
  );
  setHouseInfo(
    db,
    'contacten',
    [
      'Alarmnummer: 112',
      'Politie (geen spoed): 0900-8844',
      'Sociaal beheerder: Samira El Amrani, 010 200 30 40',
      'Storingen gebouw: de verhuurder, storingsnummer op de sticker in de meterkast',
    ].join('\n'),
    'Samira El Amrani',
  );
}
