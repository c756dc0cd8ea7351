import type { Db } from '../../platform/database';
import { applicationCreate } from './schemas';
import { insertApplication } from './applications/save';
import type { DemoCalendar } from './demo';

export type DemoApplicationKey =
  'tuin' | 'huiswerk' | 'koken' | 'dans' | 'podium' | 'fiets' | 'bibliotheek' | 'huisbezoek' | 'concierge';
export type DemoApplicationIds = Record<DemoApplicationKey, number>;

/** An application of the demo house; dates are in days from today, so the demo always looks current. */
interface DemoApplication {
  key: DemoApplicationKey;
  scheme: 'lb' | 'rtc';
  /** The day it came in and was registered at the desk (a concept: the day it was saved). */
  day: number;
  concept?: boolean;
  room?: string;
  /** Start and end of the activity, where not the Lokaal Budget round's usual -30 and +150. */
  start?: number;
  end?: number;
  fields: Record<string, unknown>;
}

/** In the order they came in: the numbers follow it. */
const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    key: 'tuin',
    scheme: 'lb',
    day: -115,
    fields: {
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
    },
  },
  {
    key: 'huiswerk',
    scheme: 'lb',
    day: -110,
    room: 'Kinderruimte',
    fields: {
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
      requestedCents: 15_000_00,
      costLines: [
        { description: 'Vergoeding studenten (90 middagen × 2)', amountCents: 12_600_00 },
        { description: 'Lesmateriaal en laptops (huur)', amountCents: 2_400_00 },
        { description: 'Coördinatie stichting', amountCents: 2_000_00, reimbursable: false },
      ],
      funding: [{ kind: 'cofinanciering', source: 'Oranje Fonds', amountCents: 2_000_00, confirmed: false }],
    },
  },
  {
    key: 'koken',
    scheme: 'lb',
    day: -108,
    room: 'Keuken',
    fields: {
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
      requestedCents: 6_500_00,
      costLines: [
        { description: 'Boodschappen', amountCents: 4_000_00 },
        { description: 'Kookdocent', amountCents: 2_500_00 },
      ],
    },
  },
  {
    key: 'dans',
    scheme: 'lb',
    day: -104,
    room: 'Grote zaal',
    fields: {
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
      requestedCents: 9_000_00,
      costLines: [
        { description: 'Band (8 middagen)', amountCents: 6_400_00 },
        { description: 'Zaalhuur', amountCents: 2_600_00 },
      ],
    },
  },
  {
    key: 'podium',
    scheme: 'lb',
    day: -102,
    room: 'Grote zaal',
    start: 20,
    end: 170,
    fields: {
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
      requestedCents: 12_000_00,
      costLines: [
        { description: 'Geluid en licht (4 avonden)', amountCents: 6_000_00 },
        { description: 'Workshops podiumcoach', amountCents: 4_800_00 },
        { description: 'Promotie', amountCents: 1_200_00 },
      ],
    },
  },
  {
    key: 'fiets',
    scheme: 'lb',
    day: -95,
    fields: {
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
      confirmWarnings: true,
    },
  },
  {
    key: 'bibliotheek',
    scheme: 'lb',
    day: -3,
    concept: true,
    fields: {
      applicantType: 'bewoner',
      applicantName: 'Els Vermeulen',
      contactName: 'Els Vermeulen',
      wijk: 'Tarwewijk',
      title: 'Buurtbibliotheek in het portiek',
      description: 'Een boekenkast in drie portieken, met voorleesochtenden.',
      requestedCents: 5_000_00,
    },
  },
  {
    key: 'huisbezoek',
    scheme: 'rtc',
    day: -70,
    start: -44,
    end: -10,
    fields: {
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
    },
  },
  {
    key: 'concierge',
    scheme: 'rtc',
    day: -5,
    start: 30,
    end: 190,
    fields: {
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
    },
  },
];

/** Registers the demo applications at the desk (the concept is only saved); returns their ids. */
export function registerDemoApplications(
  db: Db,
  cal: DemoCalendar,
  rounds: { lb: number; rtc: number },
): DemoApplicationIds {
  const ids = {} as DemoApplicationIds;
  for (const a of DEMO_APPLICATIONS) {
    const lbDefaults = { contactPhone: '', contactAddress: '', startDate: cal.day(-30), endDate: cal.day(150) };
    const input = applicationCreate.parse({
      roundId: rounds[a.scheme],
      ...(a.concept ? {} : { register: true, receivedOn: cal.day(a.day) }),
      ...(a.scheme === 'lb' && !a.concept ? lbDefaults : {}),
      ...(a.start === undefined ? {} : { startDate: cal.day(a.start) }),
      ...(a.end === undefined ? {} : { endDate: cal.day(a.end) }),
      ...(a.room === undefined ? {} : { roomId: cal.room(a.room) }),
      ...a.fields,
    });
    ids[a.key] = insertApplication(db, input, cal.beheerder(a.day));
  }
  return ids;
}
