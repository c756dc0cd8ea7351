import type { Db } from '../platform/database';
import { saveBuilding, setHours, insertClosure } from './building/building';
import { insertRoom } from './building/rooms';
import { localDate, type Clock } from '../platform/clock';
import { seedDemoBookings } from './bookings/demo';
import { seedDemoBeheer } from './beheer/demo';
import { seedDemoVolunteers } from './roster/demo';
import { seedDemoActivities } from './attendance/demo';
import { seedDemoBudget } from './budget/demo';
import { seedDemoMail } from './mail/demo';

/** The rooms of the demo house. */
const DEMO_ROOMS = [
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

/** The profile, opening hours and closures of the demo house. */
function seedBuilding(db: Db, clock: Clock, name: string): void {
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
    // What the invoice says about btw follows its lines (invoices/InvoiceDocument); this note says nothing about it.
    invoiceNote: 'Betaal binnen de termijn onder vermelding van het factuurnummer. Vragen? Bel of mail de beheerder.',
    // Fictional: the Belastingdienst's own test number, which passes its check.
    kvkNumber: '12345678',
    vatNumber: 'NL000099998B57',
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
  const year = Number(localDate(clock.now()).slice(0, 4));
  insertClosure(db, { startDate: `${year}-12-24`, endDate: `${year + 1}-01-01`, reason: 'Kerstsluiting' });
  insertClosure(db, {
    startDate: `${year + 1}-07-27`,
    endDate: `${year + 1}-08-09`,
    reason: 'Zomersluiting (onderhoud vloeren)',
  });
}

/**
 * A fictional but realistic Huis van de Wijk in Charlois, so a new user sees a living house, laid
 * out around today on the clock. Later modules add their own demo data here.
 */
export function seedDemo(db: Db, clock: Clock, name = 'Huis van de Wijk De Wilgenhof'): void {
  seedBuilding(db, clock, name);
  const roomIds = Object.fromEntries(DEMO_ROOMS.map((room) => [room.name, insertRoom(db, room)]));
  const renters = seedDemoBookings(db, clock, roomIds);
  seedDemoBeheer(db, clock, roomIds, renters);
  seedDemoVolunteers(db, clock);
  seedDemoActivities(db, clock);
  seedDemoBudget(db, clock);
  seedDemoMail(db, clock, name);
}
