import type { Db } from '../../platform/database';
import { addDays, localDate, localDateTime, type Clock } from '../../platform/clock';
import {
  accountabilityInput,
  assessInput,
  closeInput,
  memberInput,
  paymentInput,
  roundInput,
  yearInput,
} from './schemas';
import type { Who } from './shared';
import { insertRound, insertYear } from './rounds';
import { getApplication } from './applications/detail';
import { assessApplication, checklistFor } from './eligibility';
import { insertMember } from './committee';
import { insertMeeting, setAgenda } from './meetings/agenda';
import { account, addPayment, closeGrant } from './grants';
import { registerDemoApplications, type DemoApplicationIds } from './demoApplications';
import { holdDemoMeeting } from './demoMeeting';

/** The demo lays everything out in days from today, and says who recorded it (at a past moment). */
export interface DemoCalendar {
  today: string;
  /** When the demo is made: the moment stamped on what has no moment of its own. */
  now: string;
  day: (n: number) => string;
  beheerder: (n: number, time?: string) => Who;
  secretaris: (n: number, time?: string) => Who;
  room: (name: string) => number | null;
}

export type DemoMembers = Record<'fatima' | 'henk' | 'ayse' | 'kees' | 'naima' | 'ruud' | 'linda', number>;

function demoCalendar(db: Db, clock: Clock): DemoCalendar {
  const today = localDate(clock.now());
  const day = (n: number) => addDays(today, n);
  return {
    today,
    now: localDateTime(clock.now()),
    day,
    beheerder: (n, time = '10:00') => ({ userId: null, name: 'Samira El Amrani', at: `${day(n)}T${time}:00` }),
    secretaris: (n, time = '20:00') => ({ userId: null, name: 'Linda Koster', at: `${day(n)}T${time}:00` }),
    room: (name) =>
      (db.prepare('SELECT id FROM rooms WHERE name = ?').get(name) as { id: number } | undefined)?.id ?? null,
  };
}

/** This year's budget with a Lokaal Budget round (closed, decided) and a Right to Cooperate round (open all year). */
function seedDemoRounds(db: Db, cal: DemoCalendar): { lb: number; rtc: number } {
  const yearId = insertYear(
    db,
    yearInput.parse({
      year: Number(cal.today.slice(0, 4)),
      totalCents: 80_000_00,
      source: '10% van het welzijnsbudget van Wmo radar Charlois, voor de wijken rond De Wilgenhof',
      notes: 'Verdeeld over één ronde Lokaal Budget en het hele jaar Right to Cooperate.',
    }),
    cal.now,
  );
  const lbId = insertRound(
    db,
    roundInput.parse({
      yearId,
      name: `Ronde 1 ${cal.today.slice(0, 4)}`,
      scheme: 'lokaal_budget',
      opensOn: cal.day(-120),
      closesOn: cal.day(-100),
      minCents: 5_000_00,
      maxCents: 20_000_00,
      ceilingCents: 50_000_00,
      executionFrom: cal.day(-60),
      executionTo: cal.day(180),
      wijken: ['Tarwewijk', 'Carnisse'],
      description:
        'Voor bewoners, bewonersgroepen, organisaties en sociaal ondernemers uit de Tarwewijk en Carnisse met een welzijnsactiviteit die bijdraagt aan de wijkopgave: minder eenzaamheid, meer ontmoeting, kansen voor jongeren.',
      criteria: [
        {
          name: 'Bijdrage aan de wijkopgave',
          description: 'Hoe duidelijk helpt het plan de resultaten van de wijkopgave vooruit?',
        },
        { name: 'Bereik van prioriteitsgroepen', description: 'Jeugd, ouderen, kwetsbare bewoners.' },
        { name: 'Haalbaarheid en begroting' },
        { name: 'Draagvlak in de wijk' },
      ],
    }),
    cal.now,
  );
  const rtcId = insertRound(
    db,
    roundInput.parse({
      yearId,
      name: `Right to Cooperate ${cal.today.slice(0, 4)}`,
      scheme: 'right_to_cooperate',
      opensOn: cal.day(-200),
      closesOn: cal.day(60),
      minCents: 2_500_00,
      maxCents: 25_000_00,
      ceilingCents: 30_000_00,
      executionFrom: cal.day(-200),
      executionTo: cal.day(200),
      description:
        'Samenwerkingen tussen Wmo radar en lokale partijen op de doelen van de welzijnsopdracht, het hele jaar door.',
      criteria: [
        { name: 'Gelijkwaardige samenwerking' },
        { name: 'Bijdrage aan de wijkopgave' },
        { name: 'Bereik van ouderen en kwetsbare bewoners' },
      ],
    }),
    cal.now,
  );
  return { lb: lbId, rtc: rtcId };
}

/** A committee of seven with a resident majority; the secretary advises. */
function seedDemoCommittee(db: Db, cal: DemoCalendar): DemoMembers {
  const member = (m: Record<string, unknown>) =>
    insertMember(db, memberInput.parse({ termFrom: cal.day(-500), termTo: cal.day(600), ...m }), cal.now);
  const fatima = member({
    name: 'Fatima Ouali',
    isResident: true,
    isWijkraad: true,
    voting: true,
    isChair: true,
    phone: '06 11 22 33 44',
  });
  const henk = member({ name: 'Henk Bakker', isResident: true, voting: true });
  const ayse = member({ name: 'Ayşe Demir', isResident: true, voting: true });
  const kees = member({ name: 'Kees van Leeuwen', isResident: true, isWijkraad: true, voting: true });
  const naima = member({ name: 'Naima Benali', isResident: true, voting: true, notes: 'Jongerenlid (22 jaar).' });
  const ruud = member({
    name: 'Ruud Verhoeven',
    isResident: false,
    voting: true,
    notes: 'Gebiedsnetwerker van de gemeente.',
  });
  const linda = member({
    name: 'Linda Koster',
    isResident: false,
    voting: false,
    isSecretary: true,
    email: 'l.koster@wmoradar.example',
    notes: 'Opbouwwerker Wmo radar; secretaris, adviserend.',
  });
  return { fatima, henk, ayse, kees, naima, ruud, linda };
}

/** The checklist: six applications admissible, one late (outside the window). */
function assessDemoApplications(db: Db, cal: DemoCalendar, apps: DemoApplicationIds): void {
  const admissible = (applicationId: number, n: number) => {
    const checklist = checklistFor(db, applicationId);
    assessApplication(
      db,
      assessInput.parse({
        id: applicationId,
        assessedOn: cal.day(n),
        answers: checklist.items.map((i) => ({ criterionId: i.criterionId, met: true })),
      }),
      cal.beheerder(n),
    );
  };
  admissible(apps.tuin, -98);
  admissible(apps.huiswerk, -98);
  admissible(apps.koken, -98);
  admissible(apps.dans, -97);
  admissible(apps.podium, -97);
  admissible(apps.huisbezoek, -65);
  const late = checklistFor(db, apps.fiets);
  assessApplication(
    db,
    assessInput.parse({
      id: apps.fiets,
      assessedOn: cal.day(-94),
      answers: late.items.map((i) => ({ criterionId: i.criterionId, met: i.auto !== 'venster' })),
      motivation:
        'De aanvraag kwam binnen op ' +
        cal.day(-95) +
        ', na de sluiting van de indieningstermijn. U kunt in de volgende ronde opnieuw aanvragen.',
    }),
    cal.beheerder(-94),
  );
}

/** The reference of a payment in the books: 'BET-2026-114'. */
const reference = (cal: DemoCalendar, kind: string, n: number) =>
  `${kind}-${cal.today.slice(0, 4)}-${String(n).padStart(3, '0')}`;

/** Advances and planned instalments on the grants, and the cooperation paid in full. */
function seedDemoPayments(db: Db, cal: DemoCalendar, apps: DemoApplicationIds): void {
  const pay = (n: number, payment: Record<string, unknown>) =>
    addPayment(db, paymentInput.parse(payment), cal.beheerder(n));
  const paid = (applicationId: number, amountCents: number, n: number, ref: number) =>
    pay(n, {
      applicationId,
      kind: 'voorschot',
      amountCents,
      paidOn: cal.day(n),
      reference: reference(cal, 'BET', ref),
    });
  const planned = (applicationId: number, amountCents: number, dueIn: number, note: string) =>
    pay(-40, { applicationId, kind: 'betaling', amountCents, dueOn: cal.day(dueIn), note });
  paid(apps.tuin, 6_400_00, -40, 114);
  planned(apps.tuin, 1_600_00, 150, 'Na de verantwoording');
  paid(apps.huiswerk, 6_000_00, -40, 115);
  planned(apps.huiswerk, 6_000_00, 30, 'Tweede termijn na het tussentijds verslag');
  paid(apps.huisbezoek, 10_000_00, -42, 113);
}

/** The cooperation accounted for, the unspent part paid back, and closed: the money is released. */
function closeDemoCooperation(db: Db, cal: DemoCalendar, apps: DemoApplicationIds): void {
  const costs = getApplication(db, apps.huisbezoek).costLines;
  account(
    db,
    accountabilityInput.parse({
      applicationId: apps.huisbezoek,
      accountedOn: cal.day(-6),
      actualCosts: costs.map((c, i) => ({ costLineId: c.id, actualCents: [1_800_00, 8_600_00, 1_300_00][i]! })),
      actualReach: { ouderen: 164, kwetsbare_bewoners: 23, overig: 230 },
      actualParticipants: 417,
      meetingsHeld: 12,
      evaluation:
        '164 huisbezoeken bij 75-plussers; 23 signalen doorgegeven aan het wijkteam. Het straatfeest trok ongeveer 230 bewoners. Het feest viel goedkoper uit dan begroot.',
      spentCents: 9_200_00,
    }),
    cal.beheerder(-6),
  );
  addPayment(
    db,
    paymentInput.parse({
      applicationId: apps.huisbezoek,
      kind: 'terugbetaling',
      amountCents: 800_00,
      paidOn: cal.day(-3),
      reference: reference(cal, 'ONTV', 31),
      note: 'Niet besteed deel teruggestort',
    }),
    cal.beheerder(-3),
  );
  closeGrant(
    db,
    closeInput.parse({
      applicationId: apps.huisbezoek,
      closedOn: cal.day(-2),
      note: 'Afgerekend; € 800 valt vrij voor nieuwe samenwerkingen.',
    }),
    cal.beheerder(-2),
  );
}

/**
 * The demo house's local budget: this year's budget with a Lokaal Budget round (closed, decided) and
 * a Right to Cooperate round (open all year), a committee of seven with a resident majority, nine
 * applications in every stage, one past meeting with declarations, scores, votes (one tie decided by the
 * chair) and decisions, payments, one cooperation accounted for and closed with money released, and the
 * next meeting planned. Everything goes through the same functions as the API, so the rules hold.
 */
export function seedDemoBudget(db: Db, clock: Clock): void {
  const cal = demoCalendar(db, clock);
  const rounds = seedDemoRounds(db, cal);
  const members = seedDemoCommittee(db, cal);
  const apps = registerDemoApplications(db, cal, rounds);
  assessDemoApplications(db, cal, apps);
  holdDemoMeeting(db, cal, rounds.lb, members, apps);
  seedDemoPayments(db, cal, apps);
  closeDemoCooperation(db, cal, apps);
  // The next meeting: the deferred application and the one still waiting.
  const next = insertMeeting(
    db,
    {
      date: cal.day(14),
      startTime: '19:30',
      location: '',
      roomId: cal.room('Vergaderkamer 1'),
      notes: 'Aangepaste begroting Dansschool Ritme is binnen.',
    },
    cal.beheerder(-1),
  );
  setAgenda(db, next, [apps.dans, apps.podium], cal.beheerder(-1));
}
