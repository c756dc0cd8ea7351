import type { Db } from '../../platform/database';
import { addDays, localDate } from '../../platform/clock';
import {
  accountabilityInput,
  applicationCreate,
  assessInput,
  attendanceInput,
  closeInput,
  memberInput,
  paymentInput,
  roundInput,
  yearInput,
} from './schemas';
import type { Who } from './shared';
import { getRound, insertRound, insertYear } from './rounds';
import { getApplication, insertApplication } from './applications';
import { assessApplication, checklistFor } from './eligibility';
import { insertMember } from './committee';
import {
  castVote,
  closeMeeting,
  decide,
  declare,
  insertMeeting,
  openMeeting,
  propose,
  recordAttendance,
  score,
  setAgenda,
} from './meetings';
import { account, addPayment, closeGrant } from './grants';

/**
 * The demo house's local budget: this year's budget with a Lokaal Budget round (closed, decided) and
 * a Right to Cooperate round (open all year), a committee of seven with a resident majority, nine
 * applications in every stage, one past meeting with declarations, scores, votes (one tie decided by the
 * chair) and decisions, payments, one cooperation accounted for and closed with money released, and the
 * next meeting planned. Everything goes through the same functions as the API, so the rules hold.
 */
export function seedDemoBudget(db: Db): void {
  const today = localDate();
  const day = (n: number) => addDays(today, n);
  const beheerder = (n: number, time = '10:00'): Who => ({
    userId: null,
    name: 'Samira El Amrani',
    at: `${day(n)}T${time}:00`,
  });
  const secretaris = (n: number, time = '20:00'): Who => ({
    userId: null,
    name: 'Linda Koster',
    at: `${day(n)}T${time}:00`,
  });
  const ref = (kind: string, n: number) => `${kind}-${today.slice(0, 4)}-${String(n).padStart(3, '0')}`;
  const room = (name: string) =>
    (db.prepare('SELECT id FROM rooms WHERE name = ?').get(name) as { id: number } | undefined)?.id ?? null;

  const yearId = insertYear(
    db,
    yearInput.parse({
      year: Number(today.slice(0, 4)),
      totalCents: 80_000_00,
      source: '10% van het welzijnsbudget van Wmo radar Charlois, voor de wijken rond De Wilgenhof',
      notes: 'Verdeeld over één ronde Lokaal Budget en het hele jaar Right to Cooperate.',
    }),
  );
  const lbId = insertRound(
    db,
    roundInput.parse({
      yearId,
      name: `Ronde 1 ${today.slice(0, 4)}`,
      scheme: 'lokaal_budget',
      opensOn: day(-120),
      closesOn: day(-100),
      minCents: 5_000_00,
      maxCents: 20_000_00,
      ceilingCents: 50_000_00,
      executionFrom: day(-60),
      executionTo: day(180),
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
  );
  const rtcId = insertRound(
    db,
    roundInput.parse({
      yearId,
      name: `Right to Cooperate ${today.slice(0, 4)}`,
      scheme: 'right_to_cooperate',
      opensOn: day(-200),
      closesOn: day(60),
      minCents: 2_500_00,
      maxCents: 25_000_00,
      ceilingCents: 30_000_00,
      executionFrom: day(-200),
      executionTo: day(200),
      description:
        'Samenwerkingen tussen Wmo radar en lokale partijen op de doelen van de welzijnsopdracht, het hele jaar door.',
      criteria: [
        { name: 'Gelijkwaardige samenwerking' },
        { name: 'Bijdrage aan de wijkopgave' },
        { name: 'Bereik van ouderen en kwetsbare bewoners' },
      ],
    }),
  );

  const member = (m: Record<string, unknown>) =>
    insertMember(db, memberInput.parse({ termFrom: day(-500), termTo: day(600), ...m }));
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
  const voting = [fatima, henk, ayse, kees, naima, ruud];

  const lb = (input: Record<string, unknown>) =>
    applicationCreate.parse({
      roundId: lbId,
      register: true,
      contactPhone: '',
      contactAddress: '',
      startDate: day(-30),
      endDate: day(150),
      ...input,
    });
  const register = (input: ReturnType<typeof lb>, n: number) => insertApplication(db, input, beheerder(n));
  const admissible = (applicationId: number, n: number) => {
    const checklist = checklistFor(db, applicationId);
    assessApplication(
      db,
      assessInput.parse({
        id: applicationId,
        assessedOn: day(n),
        answers: checklist.items.map((i) => ({ criterionId: i.criterionId, met: true })),
      }),
      beheerder(n),
    );
  };

  const tuin = register(
    lb({
      applicantType: 'bewonersgroep',
      applicantName: 'Buurtmoestuin Tarwewijk',
      contactName: 'Joke de Vries',
      contactPhone: '06 12 34 56 78',
      contactEmail: 'moestuin@tarwewijk.example',
      contactAddress: 'Mijnsherenlaan 88\n3081 CJ Rotterdam',
      iban: 'NL20INGB0001234567',
      wijk: 'Tarwewijk',
      involvement: 'De tuingroep bestaat uit twaalf bewoners van de Tarwewijk.',
      title: 'Samen tuinieren met jong en oud',
      description:
        'Wekelijks tuinieren ouderen en kinderen samen in de buurtmoestuin; de oogst gaat naar de buurtmaaltijd.',
      goals: '45 vaste deelnemers, 35 tuinmiddagen, een oogstfeest.',
      contribution: 'Minder eenzaamheid onder ouderen en ontmoeting tussen generaties (wijkopgave Tarwewijk).',
      complementarity: 'Er is geen groen- of tuinactiviteit in het aanbod van de welzijnsaanbieder.',
      recurrence: 'eenmalig',
      priorityGroups: ['ouderen', 'jeugd'],
      expectedReach: { ouderen: 25, jeugd: 20 },
      expectedParticipants: 45,
      expectedMeetings: 35,
      location: 'Buurtmoestuin achter De Wilgenhof',
      requestedCents: 8_000_00,
      costLines: [
        { description: 'Plantgoed, zaden en compost', amountCents: 2_400_00 },
        { description: 'Gereedschap en verhoogde bakken (rolstoelhoogte)', amountCents: 3_100_00 },
        { description: 'Tuincoach, 35 middagen', amountCents: 3_500_00 },
        { description: 'Oogstfeest: drank', amountCents: 400_00, reimbursable: false },
      ],
      funding: [
        { kind: 'cofinanciering', source: 'Fonds Groen Zuid', amountCents: 1_000_00, confirmed: true },
        { kind: 'eigen_bijdrage', source: 'Bijdrage tuingroep', amountCents: 400_00 },
        { kind: 'eigen_bijdrage', source: 'Vrijwilligersuren (120 uur à € 15)', amountCents: 1_800_00, inKind: true },
      ],
      receivedOn: day(-115),
    }),
    -115,
  );
  const huiswerk = register(
    lb({
      applicantType: 'organisatie',
      applicantName: 'Stichting Leerkracht Zuid',
      contactName: 'Mehmet Kaya',
      contactEmail: 'info@leerkrachtzuid.example',
      kvkNumber: '81234567',
      iban: 'NL44RABO0123456789',
      wijk: 'Carnisse',
      involvement: 'Gevestigd aan de Carnisselaan; werkt met scholen in de wijk.',
      title: 'Huiswerkklas De Brug',
      description:
        'Drie middagen per week huiswerkbegeleiding voor kinderen uit groep 7 en 8 en de brugklas, door studenten uit de wijk.',
      goals: '40 kinderen, 90 middagen, betere overgang naar het voortgezet onderwijs.',
      contribution: 'Kansen voor jongeren (wijkopgave Carnisse).',
      complementarity: 'Aanvullend op het jongerenwerk: dat richt zich op vrije tijd, niet op school.',
      recurrence: 'terugkerend',
      priorityGroups: ['jeugd', 'kwetsbare_bewoners'],
      expectedReach: { jeugd: 40, kwetsbare_bewoners: 15 },
      expectedParticipants: 40,
      expectedMeetings: 90,
      roomId: room('Kinderruimte'),
      requestedCents: 15_000_00,
      costLines: [
        { description: 'Vergoeding studenten (90 middagen × 2)', amountCents: 12_600_00 },
        { description: 'Lesmateriaal en laptops (huur)', amountCents: 2_400_00 },
        { description: 'Coördinatie stichting', amountCents: 2_000_00, reimbursable: false },
      ],
      funding: [{ kind: 'cofinanciering', source: 'Oranje Fonds', amountCents: 2_000_00, confirmed: false }],
      receivedOn: day(-110),
    }),
    -110,
  );
  const koken = register(
    lb({
      applicantType: 'bewoner',
      applicantName: 'Gerrit Smit',
      contactName: 'Gerrit Smit',
      contactPhone: '010 765 43 21',
      wijk: 'Tarwewijk',
      title: 'Kookclub voor mannen 65+',
      description: 'Mannen van 65 en ouder leren samen koken en eten samen.',
      goals: '12 deelnemers, 20 kookavonden.',
      contribution: 'Ouderen uit hun isolement halen.',
      priorityGroups: ['ouderen'],
      expectedReach: { ouderen: 12 },
      expectedParticipants: 12,
      expectedMeetings: 20,
      roomId: room('Keuken'),
      requestedCents: 6_500_00,
      costLines: [
        { description: 'Boodschappen', amountCents: 4_000_00 },
        { description: 'Kookdocent', amountCents: 2_500_00 },
      ],
      receivedOn: day(-108),
    }),
    -108,
  );
  const dans = register(
    lb({
      applicantType: 'organisatie',
      applicantName: 'Dansschool Ritme',
      contactName: 'Marco Rossi',
      contactEmail: 'info@ritme.example',
      wijk: 'Carnisse',
      title: 'Dansmiddagen voor ouderen',
      description: 'Maandelijkse dansmiddag met live muziek voor ouderen uit de wijk.',
      goals: '60 bezoekers per middag.',
      contribution: 'Ontmoeting en beweging voor ouderen.',
      priorityGroups: ['ouderen'],
      expectedReach: { ouderen: 60 },
      expectedParticipants: 60,
      expectedMeetings: 8,
      roomId: room('Grote zaal'),
      requestedCents: 9_000_00,
      costLines: [
        { description: 'Band (8 middagen)', amountCents: 6_400_00 },
        { description: 'Zaalhuur', amountCents: 2_600_00 },
      ],
      receivedOn: day(-104),
    }),
    -104,
  );
  const podium = register(
    lb({
      applicantType: 'bewonersgroep',
      applicantName: 'Jongeren van Carnisse',
      contactName: 'Naomi Pinas',
      contactPhone: '06 44 55 66 77',
      wijk: 'Carnisse',
      title: 'Jongerenpodium Carnisse',
      description:
        'Vier avonden waarop jongeren uit de wijk optreden: muziek, spoken word, dans. Jongeren organiseren zelf.',
      goals: '4 avonden, 300 bezoekers, 40 jongeren die optreden of organiseren.',
      contribution: 'Jongeren een podium en een plek in de wijk (wijkopgave Carnisse).',
      complementarity: 'Wordt samen met het jongerenwerk georganiseerd, maar door jongeren zelf.',
      priorityGroups: ['jeugd'],
      expectedReach: { jeugd: 260, overig: 40 },
      expectedParticipants: 300,
      expectedMeetings: 4,
      roomId: room('Grote zaal'),
      requestedCents: 12_000_00,
      startDate: day(20),
      endDate: day(170),
      costLines: [
        { description: 'Geluid en licht (4 avonden)', amountCents: 6_000_00 },
        { description: 'Workshops podiumcoach', amountCents: 4_800_00 },
        { description: 'Promotie', amountCents: 1_200_00 },
      ],
      receivedOn: day(-102),
    }),
    -102,
  );
  const fiets = register(
    lb({
      applicantType: 'sociaal_ondernemer',
      applicantName: 'Fietsmaatjes Zuid',
      contactName: 'Sven de Groot',
      contactEmail: 'sven@fietsmaatjes.example',
      wijk: 'Tarwewijk',
      title: 'Fietsreparatie-café',
      description: 'Elke zaterdag repareren buurtbewoners samen fietsen.',
      contribution: 'Ontmoeting en zelfredzaamheid.',
      priorityGroups: ['kwetsbare_bewoners'],
      expectedReach: { kwetsbare_bewoners: 30 },
      requestedCents: 5_500_00,
      costLines: [{ description: 'Gereedschap en onderdelen', amountCents: 5_500_00 }],
      receivedOn: day(-95),
      confirmWarnings: true,
    }),
    -95,
  );
  insertApplication(
    db,
    applicationCreate.parse({
      roundId: lbId,
      applicantType: 'bewoner',
      applicantName: 'Els Vermeulen',
      contactName: 'Els Vermeulen',
      wijk: 'Tarwewijk',
      title: 'Buurtbibliotheek in het portiek',
      description: 'Een boekenkast in drie portieken, met voorleesochtenden.',
      requestedCents: 5_000_00,
    }),
    beheerder(-3),
  );

  const rtc = (input: Record<string, unknown>) => applicationCreate.parse({ roundId: rtcId, register: true, ...input });
  const huisbezoek = insertApplication(
    db,
    rtc({
      applicantType: 'organisatie',
      applicantName: 'Woonstichting Zuid',
      contactName: 'Peter Jansen',
      contactEmail: 'p.jansen@woonzuid.example',
      iban: 'NL02ABNA0123456789',
      wijk: 'Carnisse',
      title: 'Huisbezoeken 75+ en straatfeest',
      description:
        'Vrijwilligers van de woonstichting en Wmo radar bezoeken alle 75-plussers in vier straten; de zomer sluit af met een straatfeest.',
      goals: '150 huisbezoeken, een straatfeest met 250 bewoners.',
      contribution: 'Signaleren van eenzaamheid en zorgen bij ouderen (wijkopgave Carnisse).',
      complementarity: 'De woonstichting kent de bewoners; Wmo radar brengt de ervaring met huisbezoeken.',
      priorityGroups: ['ouderen', 'kwetsbare_bewoners'],
      expectedReach: { ouderen: 150, kwetsbare_bewoners: 20, overig: 250 },
      expectedParticipants: 420,
      expectedMeetings: 12,
      startDate: day(-44),
      endDate: day(-10),
      requestedCents: 10_000_00,
      costLines: [
        { description: 'Training vrijwilligers huisbezoek', amountCents: 2_000_00 },
        { description: 'Straatfeest: tenten, muziek, eten', amountCents: 9_000_00 },
        { description: 'Materiaal en attenties huisbezoeken', amountCents: 1_500_00 },
      ],
      funding: [
        { kind: 'eigen_bijdrage', source: 'Woonstichting Zuid', amountCents: 1_500_00 },
        { kind: 'eigen_bijdrage', source: 'Uren bewonersconsulenten (40 uur)', amountCents: 2_400_00, inKind: true },
      ],
      partners: [
        {
          name: 'Wmo radar Charlois',
          kind: 'welzijnsaanbieder',
          contactName: 'Linda Koster',
          role: 'Werft, traint en begeleidt de vrijwilligers; volgt signalen op.',
          cashCents: 1_000_00,
          inKindDescription: '60 uur opbouwwerk',
          inKindCents: 3_600_00,
        },
      ],
      receivedOn: day(-70),
    }),
    beheerder(-70),
  );
  insertApplication(
    db,
    rtc({
      applicantType: 'sociaal_ondernemer',
      applicantName: 'Wijkbedrijf Carnisse',
      contactName: 'Anouk Visser',
      contactEmail: 'anouk@wijkbedrijf.example',
      wijk: 'Carnisse',
      title: 'Buurtconciërge Carnisse',
      description:
        'Een buurtconciërge van het wijkbedrijf is drie dagen per week aanspreekpunt in de straat, samen met de opbouwwerker van Wmo radar.',
      goals: '200 contacten per maand, 30 doorverwijzingen.',
      contribution: 'Signaleren en vrijwillige inzet versterken.',
      priorityGroups: ['ouderen', 'kwetsbare_bewoners'],
      expectedReach: { ouderen: 80, kwetsbare_bewoners: 40 },
      startDate: day(30),
      endDate: day(190),
      requestedCents: 18_000_00,
      costLines: [
        { description: 'Inzet buurtconciërge (3 dagen × 24 weken)', amountCents: 21_600_00 },
        { description: 'Bakfiets en materiaal', amountCents: 1_400_00 },
      ],
      funding: [{ kind: 'eigen_bijdrage', source: 'Wijkbedrijf Carnisse', amountCents: 3_000_00 }],
      partners: [
        {
          name: 'Wmo radar Charlois',
          kind: 'welzijnsaanbieder',
          role: 'Opbouwwerker als vast koppel; volgt signalen op.',
          cashCents: 2_000_00,
          inKindDescription: '1 dag per week opbouwwerk',
          inKindCents: 7_200_00,
        },
      ],
      receivedOn: day(-5),
    }),
    beheerder(-5),
  );

  admissible(tuin, -98);
  admissible(huiswerk, -98);
  admissible(koken, -98);
  admissible(dans, -97);
  admissible(podium, -97);
  admissible(huisbezoek, -65);
  const late = checklistFor(db, fiets);
  assessApplication(
    db,
    assessInput.parse({
      id: fiets,
      assessedOn: day(-94),
      answers: late.items.map((i) => ({ criterionId: i.criterionId, met: i.auto !== 'venster' })),
      motivation:
        'De aanvraag kwam binnen op ' +
        day(-95) +
        ', na de sluiting van de indieningstermijn. U kunt in de volgende ronde opnieuw aanvragen.',
    }),
    beheerder(-94),
  );

  // The meeting, 45 days ago: five of six voting members and the secretary; Naima sent her apologies.
  const meetingDay = -45;
  const meetingId = insertMeeting(
    db,
    { date: day(meetingDay), startTime: '19:30', location: '', roomId: room('Vergaderkamer 1'), notes: '' },
    beheerder(-60),
  );
  setAgenda(db, meetingId, [tuin, huiswerk, koken, dans, huisbezoek], beheerder(-55));
  recordAttendance(
    db,
    attendanceInput.parse({
      id: meetingId,
      members: [...voting, linda].map((memberId) => ({
        memberId,
        status: memberId === naima ? 'afwezig_met_bericht' : 'aanwezig',
      })),
      guests: 'Samira El Amrani (sociaal beheerder)',
    }),
  );
  openMeeting(db, meetingId, secretaris(meetingDay, '19:32'));
  const items = db
    .prepare('SELECT id, application_id AS applicationId FROM budget_meeting_items WHERE meeting_id = ?')
    .all(meetingId) as { id: number; applicationId: number }[];
  const item = (applicationId: number) => items.find((i) => i.applicationId === applicationId)!.id;
  const criteria = getRound(db, lbId).criteria;
  const scores: [number, number[]][] = [
    [fatima, [4, 5, 4, 4]],
    [henk, [4, 4, 3, 5]],
    [ayse, [5, 4, 4, 4]],
    [kees, [3, 4, 4, 4]],
    [ruud, [4, 4, 3, 3]],
  ];
  for (const [memberId, points] of scores) {
    score(
      db,
      { itemId: item(tuin), memberId, scores: criteria.map((c, i) => ({ criterionId: c.id, score: points[i]! })) },
      secretaris(meetingDay - 2),
    );
  }
  const votes = (itemId: number, cast: [number, 'voor' | 'tegen' | 'onthouding'][]) =>
    cast.forEach(([memberId, vote]) => castVote(db, { itemId, memberId, vote }, secretaris(meetingDay, '19:50')));

  propose(db, {
    itemId: item(tuin),
    proposedCents: 8_000_00,
    conditions:
      'Vermeld de bijdrage van het Lokaal Budget op de flyers.\nDe verhoogde bakken blijven na afloop in de buurtmoestuin.',
  });
  votes(item(tuin), [
    [fatima, 'voor'],
    [henk, 'voor'],
    [ayse, 'voor'],
    [kees, 'voor'],
    [ruud, 'voor'],
  ]);
  decide(
    db,
    {
      itemId: item(tuin),
      defer: false,
      motivation:
        'Het plan brengt jong en oud samen en draagt direct bij aan minder eenzaamheid in de Tarwewijk. De begroting is goed onderbouwd en er is cofinanciering.',
    },
    secretaris(meetingDay, '19:55'),
  );

  declare(
    db,
    { itemId: item(huiswerk), memberId: kees, reason: 'Is vrijwilliger bij Stichting Leerkracht Zuid.' },
    secretaris(meetingDay, '20:00'),
  );
  propose(db, {
    itemId: item(huiswerk),
    proposedCents: 12_000_00,
    conditions: 'De laptops worden gehuurd, niet gekocht.\nTussentijds verslag na drie maanden.',
  });
  votes(item(huiswerk), [
    [fatima, 'voor'],
    [henk, 'voor'],
    [ayse, 'tegen'],
    [ruud, 'tegen'],
  ]);
  decide(
    db,
    {
      itemId: item(huiswerk),
      defer: false,
      motivation:
        'Huiswerkbegeleiding helpt kinderen in Carnisse bij de overstap naar het voortgezet onderwijs. De commissie kent een lager bedrag toe: de vergoeding per middag is hoger dan gebruikelijk.',
    },
    secretaris(meetingDay, '20:15'),
  );

  propose(db, { itemId: item(koken), proposedCents: 6_500_00, conditions: '' });
  votes(item(koken), [
    [fatima, 'tegen'],
    [henk, 'voor'],
    [ayse, 'tegen'],
    [kees, 'tegen'],
    [ruud, 'onthouding'],
  ]);
  decide(
    db,
    {
      itemId: item(koken),
      defer: false,
      motivation:
        'Het idee is sympathiek, maar de wekelijkse buurtmaaltijd in De Wilgenhof bereikt dezelfde groep al. De commissie nodigt de aanvrager uit om bij de buurtmaaltijd aan te sluiten.',
    },
    secretaris(meetingDay, '20:25'),
  );

  decide(
    db,
    {
      itemId: item(dans),
      defer: true,
      motivation:
        'De commissie wil eerst weten of de dansmiddagen ook zonder bijdrage kostendekkend kunnen zijn (de aanvrager is een commerciële dansschool) en vraagt een aangepaste begroting.',
    },
    secretaris(meetingDay, '20:30'),
  );

  propose(db, {
    itemId: item(huisbezoek),
    proposedCents: 10_000_00,
    conditions: 'Signalen uit de huisbezoeken gaan binnen een week naar het wijkteam.',
  });
  votes(item(huisbezoek), [
    [fatima, 'voor'],
    [henk, 'voor'],
    [ayse, 'voor'],
    [kees, 'onthouding'],
    [ruud, 'voor'],
  ]);
  decide(
    db,
    {
      itemId: item(huisbezoek),
      defer: false,
      motivation:
        'Een gelijkwaardige samenwerking die ouderen bereikt die niet naar het huis komen. Beide partijen dragen fors bij.',
    },
    secretaris(meetingDay, '20:40'),
  );
  closeMeeting(db, meetingId, secretaris(meetingDay, '21:05'));

  // Payments: advances, a planned instalment, a cooperation paid in full, accounted for and closed.
  addPayment(
    db,
    paymentInput.parse({
      applicationId: tuin,
      kind: 'voorschot',
      amountCents: 6_400_00,
      paidOn: day(-40),
      reference: ref('BET', 114),
    }),
    beheerder(-40),
  );
  addPayment(
    db,
    paymentInput.parse({
      applicationId: tuin,
      kind: 'betaling',
      amountCents: 1_600_00,
      dueOn: day(150),
      note: 'Na de verantwoording',
    }),
    beheerder(-40),
  );
  addPayment(
    db,
    paymentInput.parse({
      applicationId: huiswerk,
      kind: 'voorschot',
      amountCents: 6_000_00,
      paidOn: day(-40),
      reference: ref('BET', 115),
    }),
    beheerder(-40),
  );
  addPayment(
    db,
    paymentInput.parse({
      applicationId: huiswerk,
      kind: 'betaling',
      amountCents: 6_000_00,
      dueOn: day(30),
      note: 'Tweede termijn na het tussentijds verslag',
    }),
    beheerder(-40),
  );
  addPayment(
    db,
    paymentInput.parse({
      applicationId: huisbezoek,
      kind: 'voorschot',
      amountCents: 10_000_00,
      paidOn: day(-42),
      reference: ref('BET', 113),
    }),
    beheerder(-42),
  );
  const costs = getApplication(db, huisbezoek).costLines;
  account(
    db,
    accountabilityInput.parse({
      applicationId: huisbezoek,
      accountedOn: day(-6),
      actualCosts: costs.map((c, i) => ({ costLineId: c.id, actualCents: [1_800_00, 8_600_00, 1_300_00][i]! })),
      actualReach: { ouderen: 164, kwetsbare_bewoners: 23, overig: 230 },
      actualParticipants: 417,
      meetingsHeld: 12,
      evaluation:
        '164 huisbezoeken bij 75-plussers; 23 signalen doorgegeven aan het wijkteam. Het straatfeest trok ongeveer 230 bewoners. Het feest viel goedkoper uit dan begroot.',
      spentCents: 9_200_00,
    }),
    beheerder(-6),
  );
  addPayment(
    db,
    paymentInput.parse({
      applicationId: huisbezoek,
      kind: 'terugbetaling',
      amountCents: 800_00,
      paidOn: day(-3),
      reference: ref('ONTV', 31),
      note: 'Niet besteed deel teruggestort',
    }),
    beheerder(-3),
  );
  closeGrant(
    db,
    closeInput.parse({
      applicationId: huisbezoek,
      closedOn: day(-2),
      note: 'Afgerekend; € 800 valt vrij voor nieuwe samenwerkingen.',
    }),
    beheerder(-2),
  );

  // The next meeting: the deferred application and the one still waiting.
  const next = insertMeeting(
    db,
    {
      date: day(14),
      startTime: '19:30',
      location: '',
      roomId: room('Vergaderkamer 1'),
      notes: 'Aangepaste begroting Dansschool Ritme is binnen.',
    },
    beheerder(-1),
  );
  setAgenda(db, next, [dans, podium], beheerder(-1));
}
