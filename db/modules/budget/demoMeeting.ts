import type { Db } from '../../platform/database';
import { attendanceInput, type Vote } from './schemas';
import { getRound } from './rounds';
import { insertMeeting, setAgenda } from './meetings/agenda';
import { openMeeting, recordAttendance } from './meetings/attendance';
import { score } from './meetings/scores';
import { declare } from './meetings/declarations';
import { propose } from './meetings/proposals';
import { castVote } from './meetings/votes';
import { closeMeeting, decide } from './meetings/decisions';
import type { DemoCalendar, DemoMembers } from './demo';
import type { DemoApplicationIds, DemoApplicationKey } from './demoApplications';

/** The demo meeting was held this many days ago. */
const MEETING_DAY = -45;

/** What happened to each agenda item, in the order of the evening (times of the decisions). */
const ITEMS: {
  application: DemoApplicationKey;
  declaration?: { member: keyof DemoMembers; reason: string; at: string };
  proposal?: { proposedCents: number; conditions: string };
  votes?: [keyof DemoMembers, Vote][];
  motivation: string;
  decidedAt: string;
}[] = [
  {
    application: 'tuin',
    proposal: {
      proposedCents: 8_000_00,
      conditions:
        'Vermeld de bijdrage van het Lokaal Budget op de flyers.\nDe verhoogde bakken blijven na afloop in de buurtmoestuin.',
    },
    votes: [
      ['fatima', 'voor'],
      ['henk', 'voor'],
      ['ayse', 'voor'],
      ['kees', 'voor'],
      ['ruud', 'voor'],
    ],
    motivation:
      'Het plan brengt jong en oud samen en draagt direct bij aan minder eenzaamheid in de Tarwewijk. De begroting is goed onderbouwd en er is cofinanciering.',
    decidedAt: '19:55',
  },
  {
    application: 'huiswerk',
    declaration: { member: 'kees', reason: 'Is vrijwilliger bij Stichting Leerkracht Zuid.', at: '20:00' },
    proposal: {
      proposedCents: 12_000_00,
      conditions: 'De laptops worden gehuurd, niet gekocht.\nTussentijds verslag na drie maanden.',
    },
    votes: [
      ['fatima', 'voor'],
      ['henk', 'voor'],
      ['ayse', 'tegen'],
      ['ruud', 'tegen'],
    ],
    motivation:
      'Huiswerkbegeleiding helpt kinderen in Carnisse bij de overstap naar het voortgezet onderwijs. De commissie kent een lager bedrag toe: de vergoeding per middag is hoger dan gebruikelijk.',
    decidedAt: '20:15',
  },
  {
    application: 'koken',
    proposal: { proposedCents: 6_500_00, conditions: '' },
    votes: [
      ['fatima', 'tegen'],
      ['henk', 'voor'],
      ['ayse', 'tegen'],
      ['kees', 'tegen'],
      ['ruud', 'onthouding'],
    ],
    motivation:
      'Het idee is sympathiek, maar de wekelijkse buurtmaaltijd in De Wilgenhof bereikt dezelfde groep al. De commissie nodigt de aanvrager uit om bij de buurtmaaltijd aan te sluiten.',
    decidedAt: '20:25',
  },
  {
    application: 'dans',
    motivation:
      'De commissie wil eerst weten of de dansmiddagen ook zonder bijdrage kostendekkend kunnen zijn (de aanvrager is een commerciële dansschool) en vraagt een aangepaste begroting.',
    decidedAt: '20:30',
  },
  {
    application: 'huisbezoek',
    proposal: {
      proposedCents: 10_000_00,
      conditions: 'Signalen uit de huisbezoeken gaan binnen een week naar het wijkteam.',
    },
    votes: [
      ['fatima', 'voor'],
      ['henk', 'voor'],
      ['ayse', 'voor'],
      ['kees', 'onthouding'],
      ['ruud', 'voor'],
    ],
    motivation:
      'Een gelijkwaardige samenwerking die ouderen bereikt die niet naar het huis komen. Beide partijen dragen fors bij.',
    decidedAt: '20:40',
  },
];

/** Five of six voting members and the secretary are present; Naima sent her apologies. */
function openDemoMeeting(db: Db, cal: DemoCalendar, members: DemoMembers, apps: DemoApplicationIds): number {
  const meetingId = insertMeeting(
    db,
    { date: cal.day(MEETING_DAY), startTime: '19:30', location: '', roomId: cal.room('Vergaderkamer 1'), notes: '' },
    cal.beheerder(-60),
  );
  setAgenda(db, meetingId, [apps.tuin, apps.huiswerk, apps.koken, apps.dans, apps.huisbezoek], cal.beheerder(-55));
  const { fatima, henk, ayse, kees, naima, ruud, linda } = members;
  recordAttendance(
    db,
    attendanceInput.parse({
      id: meetingId,
      members: [fatima, henk, ayse, kees, naima, ruud, linda].map((memberId) => ({
        memberId,
        status: memberId === naima ? 'afwezig_met_bericht' : 'aanwezig',
      })),
      guests: 'Samira El Amrani (sociaal beheerder)',
    }),
  );
  openMeeting(db, meetingId, cal.secretaris(MEETING_DAY, '19:32'));
  return meetingId;
}

/**
 * The meeting 45 days ago on the Lokaal Budget round and one cooperation: scores, a declaration of a
 * conflict of interest, votes (one tie decided by the chair) and decisions, one application deferred.
 */
export function holdDemoMeeting(
  db: Db,
  cal: DemoCalendar,
  lbId: number,
  members: DemoMembers,
  apps: DemoApplicationIds,
): void {
  const meetingId = openDemoMeeting(db, cal, members, apps);
  const items = db
    .prepare('SELECT id, application_id AS applicationId FROM budget_meeting_items WHERE meeting_id = ?')
    .all(meetingId) as { id: number; applicationId: number }[];
  const item = (key: DemoApplicationKey) => items.find((i) => i.applicationId === apps[key])!.id;
  const criteria = getRound(db, lbId).criteria;
  const scores: [keyof DemoMembers, number[]][] = [
    ['fatima', [4, 5, 4, 4]],
    ['henk', [4, 4, 3, 5]],
    ['ayse', [5, 4, 4, 4]],
    ['kees', [3, 4, 4, 4]],
    ['ruud', [4, 4, 3, 3]],
  ];
  for (const [member, points] of scores) {
    const memberScores = criteria.map((c, i) => ({ criterionId: c.id, score: points[i]! }));
    score(
      db,
      { itemId: item('tuin'), memberId: members[member], scores: memberScores },
      cal.secretaris(MEETING_DAY - 2),
    );
  }
  for (const step of ITEMS) {
    const itemId = item(step.application);
    const { declaration, proposal } = step;
    if (declaration)
      declare(
        db,
        { itemId, memberId: members[declaration.member], reason: declaration.reason },
        cal.secretaris(MEETING_DAY, declaration.at),
      );
    if (proposal) propose(db, { itemId, ...proposal });
    for (const [member, vote] of step.votes ?? [])
      castVote(db, { itemId, memberId: members[member], vote }, cal.secretaris(MEETING_DAY, '19:50'));
    decide(db, { itemId, defer: !proposal, motivation: step.motivation }, cal.secretaris(MEETING_DAY, step.decidedAt));
  }
  closeMeeting(db, meetingId, cal.secretaris(MEETING_DAY, '21:05'));
}
