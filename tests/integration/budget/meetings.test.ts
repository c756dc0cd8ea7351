import { today as testToday } from '../../clock';
import { describe, expect, it } from 'vitest';
import { addDays, formatDateNl } from '../../../db/platform/clock';
import { voteResult } from '../../../db/modules/budget/meetings/votes';
import { fails, fingerprint, ok, tokenFor } from '../../helpers';
import {
  admissible,
  budgetHouse,
  lbApplication,
  openMeeting,
  rtcApplication,
  today,
  voteAll,
  type BudgetHouse,
} from './fixture';

type VoteValue = 'voor' | 'tegen' | 'onthouding';

async function plannedMeeting(h: BudgetHouse, applicationIds: number[], presentCount: number) {
  const meeting = await ok(h.core, h.token, 'meetings.create', { date: today(), startTime: '19:30' });
  await ok(h.core, h.token, 'meetings.setAgenda', { id: meeting.id, applicationIds });
  await ok(h.core, h.token, 'meetings.attendance', {
    id: meeting.id,
    members: [
      ...h.members.map((m, i) => ({ memberId: m.id, status: i < presentCount ? 'aanwezig' : 'afwezig' })),
      { memberId: h.secretary.id, status: 'aanwezig' },
    ],
  });
  return meeting;
}

/** A meeting with one application (requested € 6.000) and a proposal of the full amount. */
async function itemWithProposal(h: BudgetHouse, present: number[], proposedCents = 6000_00) {
  const app = await admissible(h, lbApplication(h.lb.id));
  const meeting = await openMeeting(h, [app], present);
  const itemId = meeting.items[0].id as number;
  await ok(h.core, h.token, 'meetings.propose', {
    itemId,
    proposedCents,
    conditions: 'Vermeld het Lokaal Budget op de flyer.',
  });
  return { app, meeting, itemId };
}

const ids = (h: BudgetHouse, n: number) => h.members.slice(0, n).map((m) => m.id);

describe('quorum', () => {
  it('refuses to open a meeting whose present voting members do not make the quorum, writes nothing, and opens it with exactly the quorum', async () => {
    const h = await budgetHouse();
    const app = await admissible(h, lbApplication(h.lb.id));
    const meeting = await plannedMeeting(h, [app], 3);
    const before = fingerprint(h.core.db);
    const refused = await fails(h.core, h.token, 'meetings.open', { id: meeting.id });
    expect(refused.code).toBe('VALIDATION');
    // The advisory secretary is present but does not count.
    expect(refused.fieldErrors).toEqual({
      members: [
        'Geen quorum: 3 van de 7 stemgerechtigde leden zijn aanwezig, er zijn er minstens 4 nodig. De vergadering kan niet worden geopend.',
      ],
    });
    expect(fingerprint(h.core.db)).toBe(before);
    expect(
      (
        await fails(h.core, h.token, 'meetings.vote', {
          itemId: (await ok(h.core, h.token, 'meetings.get', { id: meeting.id })).items[0].id,
          memberId: h.members[0]!.id,
          vote: 'voor',
        })
      ).code,
    ).toBe('CONFLICT');

    await ok(h.core, h.token, 'meetings.attendance', {
      id: meeting.id,
      members: h.members.map((m, i) => ({ memberId: m.id, status: i < 4 ? 'aanwezig' : 'afwezig_met_bericht' })),
    });
    const opened = await ok(h.core, h.token, 'meetings.open', { id: meeting.id });
    expect(opened.status).toBe('geopend');
    expect(opened.quorum).toMatchObject({ base: 7, present: 4, needed: 4, met: true });
    expect(opened.chair).toMatchObject({ name: 'Fatima (voorzitter)', acting: false });
  });

  it('applies the configured quorum: two thirds, or a fixed number', async () => {
    const h = await budgetHouse();
    await ok(h.core, h.token, 'committee.setRules', {
      quorumKind: 'twee_derde',
      majority: 'gewone_meerderheid',
      tieBreak: 'voorzitter',
    });
    const app = await admissible(h, lbApplication(h.lb.id));
    const meeting = await plannedMeeting(h, [app], 4);
    expect((await fails(h.core, h.token, 'meetings.open', { id: meeting.id })).fieldErrors.members).toEqual([
      'Geen quorum: 4 van de 7 stemgerechtigde leden zijn aanwezig, er zijn er minstens 5 nodig. De vergadering kan niet worden geopend.',
    ]);
    await ok(h.core, h.token, 'meetings.update', {
      id: meeting.id,
      date: today(),
      startTime: '19:30',
      quorumKind: 'aantal',
      quorumCount: 3,
    });
    expect((await ok(h.core, h.token, 'meetings.open', { id: meeting.id })).quorum).toMatchObject({
      present: 4,
      needed: 3,
      met: true,
    });
  });

  it('refuses to open a meeting before its date or without a chair present, and accepts an acting chair', async () => {
    const h = await budgetHouse();
    const app = await admissible(h, lbApplication(h.lb.id));
    const later = await ok(h.core, h.token, 'meetings.create', { date: addDays(testToday(), 3), startTime: '19:30' });
    expect((await fails(h.core, h.token, 'meetings.open', { id: later.id })).fieldErrors).toEqual({
      date: [`De vergadering is pas op ${formatDateNl(addDays(testToday(), 3))}.`],
    });
    const meeting = await ok(h.core, h.token, 'meetings.create', { date: today(), startTime: '19:30' });
    await ok(h.core, h.token, 'meetings.setAgenda', { id: meeting.id, applicationIds: [app] });
    // Everyone but the chair.
    const members = h.members.map((m, i) => ({ memberId: m.id, status: i === 0 ? 'afwezig_met_bericht' : 'aanwezig' }));
    await ok(h.core, h.token, 'meetings.attendance', { id: meeting.id, members });
    expect((await fails(h.core, h.token, 'meetings.open', { id: meeting.id })).fieldErrors).toEqual({
      chairMemberId: [
        'De voorzitter is niet aanwezig: wijs een aanwezig stemgerechtigd lid aan als voorzitter van deze vergadering.',
      ],
    });
    expect(
      (
        await fails(h.core, h.token, 'meetings.attendance', {
          id: meeting.id,
          members,
          chairMemberId: h.members[0]!.id,
        })
      ).fieldErrors,
    ).toEqual({ chairMemberId: ['De voorzitter van de vergadering is een aanwezig, stemgerechtigd lid.'] });
    await ok(h.core, h.token, 'meetings.attendance', { id: meeting.id, members, chairMemberId: h.members[1]!.id });
    expect((await ok(h.core, h.token, 'meetings.open', { id: meeting.id })).chair).toMatchObject({
      name: 'Henk',
      acting: true,
    });
  });

  it('leaves a member with a conflict of interest out of the count for that item: without quorum the item can only be deferred', async () => {
    const h = await budgetHouse();
    const { app, itemId } = await itemWithProposal(h, ids(h, 4));
    const kees = h.members[3]!;
    await ok(h.core, h.token, 'meetings.declare', {
      itemId,
      memberId: kees.id,
      reason: 'Is lid van de buurtmoestuin.',
    });
    const meeting = await voteAll(h, itemId, [
      [h.members[0]!.id, 'voor'],
      [h.members[1]!.id, 'voor'],
      [h.members[2]!.id, 'voor'],
    ]);
    expect(meeting.items[0].quorum).toMatchObject({ base: 6, present: 3, needed: 4, met: false });
    const before = fingerprint(h.core.db);
    const refused = await fails(h.core, h.token, 'meetings.decide', { itemId, motivation: 'Goed plan.' });
    expect(refused.fieldErrors).toEqual({
      quorum: [
        'Geen quorum: 3 van de 6 stemgerechtigde leden zonder belangenverstrengeling zijn aanwezig, er zijn er minstens 4 nodig. Over dit agendapunt kan niet worden besloten: houd de aanvraag aan.',
      ],
    });
    expect(fingerprint(h.core.db)).toBe(before);
    await ok(h.core, h.token, 'meetings.decide', {
      itemId,
      defer: true,
      motivation: 'Geen quorum door belangenverstrengeling; volgende vergadering.',
    });
    expect((await ok(h.core, h.token, 'applications.get', { id: app })).status).toBe('aangehouden');
  });

  it('keeps the quorum of an item when the member with a conflict is absent, or when enough others are present', async () => {
    const h = await budgetHouse();
    const first = await admissible(h, lbApplication(h.lb.id));
    const second = await admissible(h, lbApplication(h.lb.id, { title: 'Tweede plan' }));
    const meeting = await openMeeting(h, [first, second], ids(h, 5));
    const [a, b] = meeting.items as { id: number }[];
    // An absent member declares in advance: base 6, present 5.
    await ok(h.core, h.token, 'meetings.declare', {
      itemId: a!.id,
      memberId: h.members[6]!.id,
      reason: 'Buurman van de aanvrager.',
    });
    // A present member declares: base 6, present 4 — exactly the quorum.
    const after = await ok(h.core, h.token, 'meetings.declare', {
      itemId: b!.id,
      memberId: h.members[4]!.id,
      reason: 'Werkt bij de aanvrager.',
    });
    expect(after.items[0].quorum).toMatchObject({ base: 6, present: 5, needed: 4, met: true });
    expect(after.items[1].quorum).toMatchObject({ base: 6, present: 4, needed: 4, met: true });
    expect(after.items[1].eligibleVoters.map((v: { name: string }) => v.name)).toEqual([
      'Ayşe',
      'Fatima (voorzitter)',
      'Henk',
      'Kees',
    ]);
  });
});

describe('votes', () => {
  it('refuses a vote by an absent member, a member with a conflict, an advisory member, or before there is a proposal; nothing written', async () => {
    const h = await budgetHouse();
    const app = await admissible(h, lbApplication(h.lb.id));
    const meeting = await openMeeting(h, [app], ids(h, 5));
    const itemId = meeting.items[0].id;
    const before = fingerprint(h.core.db);
    expect(
      (await fails(h.core, h.token, 'meetings.vote', { itemId, memberId: h.members[0]!.id, vote: 'voor' })).fieldErrors,
    ).toEqual({ proposedCents: ['Leg eerst het voorstel vast waarover wordt gestemd.'] });
    expect(fingerprint(h.core.db)).toBe(before);
    await ok(h.core, h.token, 'meetings.propose', { itemId, proposedCents: 6000_00, conditions: '' });
    await ok(h.core, h.token, 'meetings.declare', {
      itemId,
      memberId: h.members[1]!.id,
      reason: 'Familie van de aanvrager.',
    });
    const snapshot = fingerprint(h.core.db);
    expect(
      (await fails(h.core, h.token, 'meetings.vote', { itemId, memberId: h.members[6]!.id, vote: 'voor' })).fieldErrors,
    ).toEqual({ memberId: ['Yusuf is niet aanwezig bij deze vergadering en kan niet stemmen.'] });
    expect(
      (await fails(h.core, h.token, 'meetings.vote', { itemId, memberId: h.members[1]!.id, vote: 'tegen' }))
        .fieldErrors,
    ).toEqual({ memberId: ['Henk heeft belangenverstrengeling gemeld bij dit agendapunt en stemt niet mee.'] });
    expect(
      (await fails(h.core, h.token, 'meetings.vote', { itemId, memberId: h.secretary.id, vote: 'voor' })).fieldErrors,
    ).toEqual({ memberId: ['Samira (secretaris) is adviserend lid en stemt niet mee.'] });
    expect(
      (await fails(h.core, h.token, 'meetings.vote', { itemId, memberId: h.members[0]!.id, vote: 'misschien' }))
        .fieldErrors,
    ).toEqual({ vote: ['Kies voor, tegen of onthouding.'] });
    expect(fingerprint(h.core.db)).toBe(snapshot);
  });

  it('voids a vote and scores when the member declares a conflict afterwards, and refuses a new proposal once votes are in', async () => {
    const h = await budgetHouse();
    const { itemId } = await itemWithProposal(h, ids(h, 5));
    const criteria = (await ok(h.core, h.token, 'budget.round', { id: h.lb.id })).criteria;
    await ok(h.core, h.token, 'meetings.score', {
      itemId,
      memberId: h.members[2]!.id,
      scores: [{ criterionId: criteria[0].id, score: 4 }],
    });
    await ok(h.core, h.token, 'meetings.vote', { itemId, memberId: h.members[2]!.id, vote: 'voor' });
    expect(
      (await fails(h.core, h.token, 'meetings.propose', { itemId, proposedCents: 5000_00, conditions: '' })).message,
    ).toBe('Er is al gestemd over het voorstel: wis eerst de stemmen om het voorstel te wijzigen.');
    const after = await ok(h.core, h.token, 'meetings.declare', {
      itemId,
      memberId: h.members[2]!.id,
      reason: 'Bleek toch betrokken.',
    });
    expect(after.items[0].votes).toEqual([]);
    expect(after.items[0].scores.members).toEqual([]);
    const { rows } = await ok(h.core, h.token, 'audit.list', { entity: 'budget_meetings' });
    expect(rows[0].summary).toBe(
      `Belangenverstrengeling commissielid #${h.members[2]!.id} bij LB-` +
        testToday().slice(0, 4) +
        '-001 "Samen tuinieren met ouderen": Bleek toch betrokken.; stem vervallen; scores vervallen',
    );
    await ok(h.core, h.token, 'meetings.propose', { itemId, proposedCents: 5000_00, conditions: '' });
  });

  it('needs a motivation, a vote of every present voting member without a conflict, and a proposal before deciding', async () => {
    const h = await budgetHouse();
    const { itemId } = await itemWithProposal(h, ids(h, 4));
    await voteAll(h, itemId, [
      [h.members[0]!.id, 'voor'],
      [h.members[1]!.id, 'voor'],
    ]);
    const before = fingerprint(h.core.db);
    expect((await fails(h.core, h.token, 'meetings.decide', { itemId, motivation: '' })).fieldErrors).toEqual({
      motivation: ['Motivering is verplicht.'],
    });
    expect((await fails(h.core, h.token, 'meetings.decide', { itemId, motivation: '   ' })).fieldErrors).toEqual({
      motivation: ['Motivering is verplicht.'],
    });
    expect((await fails(h.core, h.token, 'meetings.decide', { itemId })).fieldErrors).toEqual({
      motivation: ['Motivering is verplicht.'],
    });
    expect(
      (await fails(h.core, h.token, 'meetings.decide', { itemId, motivation: 'Prima plan.' })).fieldErrors,
    ).toEqual({ votes: ['Nog geen stem vastgelegd voor: Ayşe, Kees.'] });
    expect(fingerprint(h.core.db)).toBe(before);
    await voteAll(h, itemId, [
      [h.members[2]!.id, 'tegen'],
      [h.members[3]!.id, 'voor'],
    ]);
    const decided = await ok(h.core, h.token, 'meetings.decide', { itemId, motivation: 'Prima plan.' });
    expect(decided.items[0]).toMatchObject({
      outcome: 'toegekend',
      result: 'aangenomen',
      votesFor: 3,
      votesAgainst: 1,
      grantedCents: 6000_00,
      motivation: 'Prima plan.',
    });
    expect((await fails(h.core, h.token, 'meetings.decide', { itemId, motivation: 'Nog eens.' })).message).toBe(
      'Over dit agendapunt is al besloten.',
    );
    expect(
      (await fails(h.core, h.token, 'meetings.vote', { itemId, memberId: h.members[0]!.id, vote: 'tegen' })).message,
    ).toBe('Over dit agendapunt is al besloten.');
  });
});

describe('majority and tie-breaks', () => {
  const v = (...votes: VoteValue[]) => votes.map((vote, i) => ({ memberId: i + 1, vote }));

  it('counts a simple majority among those voting (abstentions do not count) or an absolute majority of all votes cast', () => {
    const simple = { majority: 'gewone_meerderheid', tieBreak: 'afwijzen' } as const;
    const absolute = { majority: 'volstrekte_meerderheid', tieBreak: 'afwijzen' } as const;
    expect(voteResult(v('voor', 'voor', 'tegen', 'onthouding', 'onthouding'), simple, 1)).toMatchObject({
      voor: 2,
      tegen: 1,
      onthouding: 2,
      result: 'aangenomen',
      tie: false,
    });
    expect(voteResult(v('voor', 'voor', 'tegen', 'onthouding', 'onthouding'), absolute, 1)).toMatchObject({
      result: 'verworpen',
      tie: false,
    });
    expect(voteResult(v('voor', 'voor', 'voor', 'tegen', 'onthouding'), absolute, 1)).toMatchObject({
      result: 'aangenomen',
    });
    expect(voteResult(v('voor', 'tegen', 'onthouding', 'onthouding'), simple, 1)).toMatchObject({
      result: 'verworpen',
      tie: true,
    });
    expect(voteResult(v('voor', 'voor', 'tegen', 'onthouding'), absolute, 1)).toMatchObject({
      result: 'verworpen',
      tie: true,
    });
    expect(voteResult(v('tegen', 'tegen', 'voor', 'onthouding'), simple, 1)).toMatchObject({
      result: 'verworpen',
      tie: false,
    });
    // Everyone abstains: no majority either way, so the tie-break decides.
    expect(
      voteResult(
        v('onthouding', 'onthouding', 'onthouding'),
        { majority: 'gewone_meerderheid', tieBreak: 'aanhouden' },
        1,
      ),
    ).toMatchObject({ result: 'aangehouden', tie: true });
  });

  it("breaks a tie by the chair's vote, and defers when the chair did not vote for or against", () => {
    const chair = { majority: 'gewone_meerderheid', tieBreak: 'voorzitter' } as const;
    expect(voteResult(v('voor', 'tegen', 'voor', 'tegen'), chair, 1)).toEqual({
      voor: 2,
      tegen: 2,
      onthouding: 0,
      result: 'aangenomen',
      tie: true,
      tieBreakNote: 'De stemmen staakten (2 voor, 2 tegen, 0 onthouding): de voorzitter stemde voor en beslist.',
    });
    expect(voteResult(v('tegen', 'voor', 'voor', 'tegen'), chair, 1)).toMatchObject({
      result: 'verworpen',
      tieBreakNote: 'De stemmen staakten (2 voor, 2 tegen, 0 onthouding): de voorzitter stemde tegen en beslist.',
    });
    expect(voteResult(v('onthouding', 'voor', 'tegen'), chair, 1)).toMatchObject({
      result: 'aangehouden',
      tieBreakNote:
        'De stemmen staakten (1 voor, 1 tegen, 1 onthouding) en de voorzitter stemde niet voor of tegen: de aanvraag wordt aangehouden.',
    });
    expect(voteResult(v('voor', 'tegen'), chair, 9)).toMatchObject({ result: 'aangehouden' });
    expect(voteResult(v('voor', 'tegen'), { majority: 'gewone_meerderheid', tieBreak: 'aanhouden' }, 1)).toMatchObject({
      result: 'aangehouden',
      tieBreakNote:
        'De stemmen staakten (1 voor, 1 tegen, 0 onthouding): volgens het reglement wordt de aanvraag aangehouden.',
    });
    expect(voteResult(v('voor', 'tegen'), { majority: 'gewone_meerderheid', tieBreak: 'afwijzen' }, 1)).toMatchObject({
      result: 'verworpen',
      tieBreakNote:
        'De stemmen staakten (1 voor, 1 tegen, 0 onthouding): volgens het reglement is het voorstel verworpen.',
    });
  });

  async function tiedDecision(
    tieBreak: 'voorzitter' | 'aanhouden' | 'afwijzen',
    chairVote: VoteValue,
    majority = 'gewone_meerderheid',
  ) {
    const h = await budgetHouse();
    await ok(h.core, h.token, 'committee.setRules', { quorumKind: 'meer_dan_helft', majority, tieBreak });
    const { app, itemId } = await itemWithProposal(h, ids(h, 5), 5000_00);
    const [chair, henk, ayse, kees, marco] = h.members;
    const other: VoteValue = chairVote === 'voor' ? 'tegen' : 'voor';
    await voteAll(h, itemId, [
      [chair!.id, chairVote],
      [henk!.id, 'voor'],
      [ayse!.id, 'tegen'],
      [kees!.id, other],
      [marco!.id, 'onthouding'],
    ]);
    const meeting = await ok(h.core, h.token, 'meetings.decide', { itemId, motivation: 'Besproken en gestemd.' });
    return { h, item: meeting.items[0], application: await ok(h.core, h.token, 'applications.get', { id: app }) };
  }

  it("in the meeting: the chair's casting vote grants (partly) or rejects", async () => {
    const granted = await tiedDecision('voorzitter', 'voor');
    expect(granted.item).toMatchObject({
      outcome: 'deels_toegekend',
      result: 'staking',
      votesFor: 2,
      votesAgainst: 2,
      votesAbstain: 1,
      grantedCents: 5000_00,
    });
    expect(granted.item.tieBreakNote).toBe(
      'De stemmen staakten (2 voor, 2 tegen, 1 onthouding): de voorzitter stemde voor en beslist.',
    );
    expect(granted.application).toMatchObject({
      status: 'deels_toegekend',
      grantedCents: 5000_00,
      conditions: 'Vermeld het Lokaal Budget op de flyer.',
    });
    const rejected = await tiedDecision('voorzitter', 'tegen');
    expect(rejected.item).toMatchObject({ outcome: 'afgewezen', result: 'staking', grantedCents: 0 });
    expect(rejected.application).toMatchObject({ status: 'afgewezen', grantedCents: 0 });
  });

  it('in the meeting: a tie defers or rejects when the rules say so', async () => {
    const deferred = await tiedDecision('aanhouden', 'voor');
    expect(deferred.item).toMatchObject({ outcome: 'aangehouden', result: 'staking' });
    expect(deferred.application.status).toBe('aangehouden');
    const rejected = await tiedDecision('afwijzen', 'voor');
    expect(rejected.item).toMatchObject({ outcome: 'afgewezen', result: 'staking' });
    expect(rejected.application.status).toBe('afgewezen');
  });

  it('in the meeting: an absolute majority counts the abstention, a simple majority does not', async () => {
    // chair voor, henk voor, ayse tegen, kees tegen, marco onthouding: a tie under both rules.
    const absolute = await tiedDecision('afwijzen', 'voor', 'volstrekte_meerderheid');
    expect(absolute.item).toMatchObject({
      outcome: 'afgewezen',
      result: 'verworpen',
      votesFor: 2,
      votesAgainst: 2,
      votesAbstain: 1,
    });
    const h = await budgetHouse();
    await ok(h.core, h.token, 'committee.setRules', {
      quorumKind: 'meer_dan_helft',
      majority: 'gewone_meerderheid',
      tieBreak: 'afwijzen',
    });
    const { itemId } = await itemWithProposal(h, ids(h, 5));
    await voteAll(h, itemId, [
      [h.members[0]!.id, 'voor'],
      [h.members[1]!.id, 'voor'],
      [h.members[2]!.id, 'tegen'],
      [h.members[3]!.id, 'onthouding'],
      [h.members[4]!.id, 'onthouding'],
    ]);
    expect(
      (await ok(h.core, h.token, 'meetings.decide', { itemId, motivation: 'Meer voor dan tegen.' })).items[0],
    ).toMatchObject({ outcome: 'toegekend', result: 'aangenomen' });
  });
});

describe('who may do what', () => {
  async function accounts(h: BudgetHouse) {
    const secretaryToken = await tokenFor(h.core, h.token, 'commissie');
    const henkToken = await tokenFor(h.core, h.token, 'commissie');
    const unlinkedToken = await tokenFor(h.core, h.token, 'commissie');
    const users = await ok(h.core, h.token, 'users.list');
    const commissie = users.filter((u: { role: string }) => u.role === 'commissie') as { id: number }[];
    const link = async (memberId: number, userId: number) => {
      const m = (await ok(h.core, h.token, 'committee.members')).members.find((x: { id: number }) => x.id === memberId);
      await ok(h.core, h.token, 'committee.updateMember', { ...m, userId });
    };
    await link(h.secretary.id, commissie[0]!.id);
    await link(h.members[1]!.id, commissie[1]!.id);
    return { secretaryToken, henkToken, unlinkedToken };
  }

  it('lets the secretary record attendance, votes and decisions, and a member only their own declaration and scores', async () => {
    const h = await budgetHouse();
    const { secretaryToken, henkToken } = await accounts(h);
    const app = await admissible(h, lbApplication(h.lb.id));
    const meeting = await ok(h.core, h.token, 'meetings.create', { date: today(), startTime: '19:30' });
    await ok(h.core, h.token, 'meetings.setAgenda', { id: meeting.id, applicationIds: [app] });
    const attendance = {
      id: meeting.id,
      members: [
        ...h.members.map((m, i) => ({ memberId: m.id, status: i < 5 ? 'aanwezig' : 'afwezig' })),
        { memberId: h.secretary.id, status: 'aanwezig' },
      ],
    };
    expect((await fails(h.core, henkToken, 'meetings.attendance', attendance)).message).toBe(
      'Alleen de secretaris van de commissie of de beheerder legt dit vast.',
    );
    await ok(h.core, secretaryToken, 'meetings.attendance', attendance);
    const opened = await ok(h.core, secretaryToken, 'meetings.open', { id: meeting.id });
    expect(opened.me).toEqual({ memberId: h.secretary.id, isSecretary: true, canRecord: true });
    const itemId = opened.items[0].id;
    expect((await fails(h.core, henkToken, 'meetings.propose', { itemId, proposedCents: 6000_00 })).code).toBe(
      'FORBIDDEN',
    );
    await ok(h.core, secretaryToken, 'meetings.propose', { itemId, proposedCents: 6000_00 });

    // Henk declares and scores for himself only.
    expect(
      (
        await fails(h.core, henkToken, 'meetings.declare', {
          itemId,
          memberId: h.members[2]!.id,
          reason: 'Voor een ander',
        })
      ).message,
    ).toBe('Je kunt dit alleen voor jezelf vastleggen.');
    const criteria = (await ok(h.core, henkToken, 'budget.round', { id: h.lb.id })).criteria;
    expect(
      (
        await fails(h.core, henkToken, 'meetings.score', {
          itemId,
          memberId: h.members[2]!.id,
          scores: [{ criterionId: criteria[0].id, score: 3 }],
        })
      ).code,
    ).toBe('FORBIDDEN');
    const overview = await ok(h.core, henkToken, 'meetings.score', {
      itemId,
      memberId: h.members[1]!.id,
      scores: criteria.map((c: { id: number }) => ({ criterionId: c.id, score: 3 })),
    });
    expect(overview.members).toEqual([
      {
        memberId: h.members[1]!.id,
        name: 'Henk',
        scores: Object.fromEntries(criteria.map((c: { id: number }) => [c.id, 3])),
        totalScore: 9,
      },
    ]);
    expect(
      (await fails(h.core, henkToken, 'meetings.vote', { itemId, memberId: h.members[1]!.id, vote: 'voor' })).code,
    ).toBe('FORBIDDEN');
    const declared = await ok(h.core, henkToken, 'meetings.declare', {
      itemId,
      memberId: h.members[1]!.id,
      reason: 'Mijn dochter doet mee.',
    });
    expect(declared.items[0].declarations).toMatchObject([
      { name: 'Henk', reason: 'Mijn dochter doet mee.', recordedBy: 'Test commissie' },
    ]);

    // The secretary records the votes and the decision.
    await voteAll({ ...h, token: secretaryToken }, itemId, [
      [h.members[0]!.id, 'voor'],
      [h.members[2]!.id, 'voor'],
      [h.members[3]!.id, 'voor'],
      [h.members[4]!.id, 'tegen'],
    ]);
    const decided = await ok(h.core, secretaryToken, 'meetings.decide', { itemId, motivation: 'Goed voor de wijk.' });
    expect(decided.items[0]).toMatchObject({ outcome: 'toegekend', decidedBy: 'Test commissie' });
    expect((await ok(h.core, secretaryToken, 'meetings.close', { id: meeting.id })).status).toBe('gesloten');
  });

  it('shows a committee member only the applications on an agenda, without contact details; coördinator and balie see none', async () => {
    const h = await budgetHouse();
    const { henkToken, unlinkedToken } = await accounts(h);
    const onAgenda = await admissible(h, lbApplication(h.lb.id));
    const notOnAgenda = await admissible(h, lbApplication(h.lb.id, { title: 'Nog niet geagendeerd' }));
    expect(await ok(h.core, henkToken, 'applications.list')).toEqual([]);
    await ok(h.core, h.token, 'meetings.setAgenda', {
      id: (await ok(h.core, h.token, 'meetings.create', { date: addDays(testToday(), 7), startTime: '19:30' })).id,
      applicationIds: [onAgenda],
    });
    expect((await ok(h.core, henkToken, 'applications.list')).map((a: { id: number }) => a.id)).toEqual([onAgenda]);
    const seen = await ok(h.core, henkToken, 'applications.get', { id: onAgenda });
    expect(seen).toMatchObject({
      redacted: true,
      contactPhone: '',
      contactEmail: '',
      contactAddress: '',
      iban: '',
      contactName: 'Joke de Vries',
      applicantName: 'Buurtmoestuin Tarwewijk',
    });
    expect((await fails(h.core, henkToken, 'applications.get', { id: notOnAgenda })).message).toBe(
      'De commissie ziet alleen aanvragen die op de agenda van een vergadering staan.',
    );
    expect((await fails(h.core, henkToken, 'applications.letter', { id: onAgenda })).code).toBe('FORBIDDEN');
    // A commissie account that is not linked to a sitting member sees nothing.
    expect(await ok(h.core, unlinkedToken, 'applications.list')).toEqual([]);
    expect(await ok(h.core, unlinkedToken, 'meetings.list')).toEqual([]);
    expect((await fails(h.core, unlinkedToken, 'meetings.agendaPack', { id: 1 })).code).toBe('FORBIDDEN');
    // The committee list hides phone and e-mail from ordinary members.
    expect((await ok(h.core, henkToken, 'committee.members')).me).toEqual({
      memberId: h.members[1]!.id,
      isSecretary: false,
      sitting: true,
    });
    for (const role of ['coordinator', 'balie'] as const) {
      const token = await tokenFor(h.core, h.token, role);
      for (const name of [
        'applications.list',
        'applications.get',
        'meetings.list',
        'budget.years',
        'committee.members',
        'budget.report',
      ]) {
        expect((await fails(h.core, token, name, { id: onAgenda })).code, `${name} as ${role}`).toBe('FORBIDDEN');
      }
    }
    // An ended term ends the view.
    const henk = (await ok(h.core, h.token, 'committee.members')).members.find(
      (m: { id: number }) => m.id === h.members[1]!.id,
    );
    await ok(h.core, h.token, 'committee.endTerm', { id: henk.id, termTo: addDays(testToday(), -1) });
    expect(await ok(h.core, henkToken, 'applications.list')).toEqual([]);
  });
});

describe('agenda, scores, closing and documents', () => {
  it('puts only admissible or deferred applications on the agenda and takes them off again', async () => {
    const h = await budgetHouse();
    const admitted = await admissible(h, lbApplication(h.lb.id));
    const received = await ok(h.core, h.token, 'applications.create', lbApplication(h.lb.id, { title: 'Net binnen' }));
    const meeting = await ok(h.core, h.token, 'meetings.create', { date: today(), startTime: '19:30' });
    const before = fingerprint(h.core.db);
    expect(
      (await fails(h.core, h.token, 'meetings.setAgenda', { id: meeting.id, applicationIds: [admitted, received.id] }))
        .fieldErrors,
    ).toEqual({
      'applicationIds.1': [
        `${received.number} is ingediend: alleen ontvankelijke of aangehouden aanvragen kunnen op de agenda.`,
      ],
    });
    expect(
      (await fails(h.core, h.token, 'meetings.setAgenda', { id: meeting.id, applicationIds: [admitted, admitted] }))
        .fieldErrors,
    ).toEqual({ applicationIds: ['Elke aanvraag maar één keer op de agenda.'] });
    expect(fingerprint(h.core.db)).toBe(before);
    await ok(h.core, h.token, 'meetings.setAgenda', { id: meeting.id, applicationIds: [admitted] });
    expect((await ok(h.core, h.token, 'applications.get', { id: admitted })).status).toBe('geagendeerd');
    await ok(h.core, h.token, 'meetings.setAgenda', { id: meeting.id, applicationIds: [] });
    const back = await ok(h.core, h.token, 'applications.get', { id: admitted });
    expect(back.status).toBe('ontvankelijk');
    expect(back.history.map((r: { to: string }) => r.to)).toEqual([
      'ingediend',
      'ontvankelijk',
      'geagendeerd',
      'ontvankelijk',
    ]);
    await ok(h.core, h.token, 'meetings.setAgenda', { id: meeting.id, applicationIds: [admitted] });
    await ok(h.core, h.token, 'meetings.cancel', { id: meeting.id, reason: 'Te weinig aanmeldingen' });
    expect((await ok(h.core, h.token, 'applications.get', { id: admitted })).status).toBe('ontvankelijk');
  });

  it("scores on the round's criteria within their maximum, with averages per criterion; not by a member with a conflict", async () => {
    const h = await budgetHouse();
    const { itemId } = await itemWithProposal(h, ids(h, 5));
    const criteria = (await ok(h.core, h.token, 'budget.round', { id: h.lb.id })).criteria as {
      id: number;
      name: string;
      maxScore: number;
    }[];
    const before = fingerprint(h.core.db);
    expect(
      (
        await fails(h.core, h.token, 'meetings.score', {
          itemId,
          memberId: h.members[0]!.id,
          scores: [{ criterionId: criteria[2]!.id, score: 4 }],
        })
      ).fieldErrors,
    ).toEqual({ 'scores.0.score': ['Hoogstens 3 punten voor "Haalbaarheid".'] });
    const rtc = await ok(h.core, h.token, 'budget.round', { id: h.rtc.id });
    expect(rtc.criteria).toEqual([]);
    expect(
      (
        await fails(h.core, h.token, 'meetings.score', {
          itemId,
          memberId: h.members[0]!.id,
          scores: [{ criterionId: 999, score: 1 }],
        })
      ).fieldErrors,
    ).toEqual({ 'scores.0.criterionId': ['Dit criterium hoort niet bij de ronde van deze aanvraag.'] });
    expect(fingerprint(h.core.db)).toBe(before);
    await ok(h.core, h.token, 'meetings.score', {
      itemId,
      memberId: h.members[0]!.id,
      scores: [
        { criterionId: criteria[0]!.id, score: 4 },
        { criterionId: criteria[1]!.id, score: 5 },
        { criterionId: criteria[2]!.id, score: 3 },
      ],
    });
    const overview = await ok(h.core, h.token, 'meetings.score', {
      itemId,
      memberId: h.members[1]!.id,
      scores: [
        { criterionId: criteria[0]!.id, score: 3 },
        { criterionId: criteria[1]!.id, score: 4 },
        { criterionId: criteria[2]!.id, score: 2 },
      ],
    });
    expect(overview.criteria.map((c: { average: number }) => c.average)).toEqual([3.5, 4.5, 2.5]);
    expect(overview).toMatchObject({ maxTotal: 13, averageTotal: 10.5 });
    await ok(h.core, h.token, 'meetings.declare', {
      itemId,
      memberId: h.members[4]!.id,
      reason: 'Werkt bij de aanvrager.',
    });
    expect(
      (
        await fails(h.core, h.token, 'meetings.score', {
          itemId,
          memberId: h.members[4]!.id,
          scores: [{ criterionId: criteria[0]!.id, score: 1 }],
        })
      ).fieldErrors,
    ).toEqual({
      memberId: ['Marco heeft belangenverstrengeling gemeld bij dit agendapunt en beoordeelt deze aanvraag niet.'],
    });
  });

  it('defers what was not handled when the meeting closes, and puts it on the next agenda where it can be granted', async () => {
    const h = await budgetHouse();
    const app = await admissible(h, lbApplication(h.lb.id));
    const first = await openMeeting(h, [app], ids(h, 4));
    const closed = await ok(h.core, h.token, 'meetings.close', { id: first.id });
    expect(closed.items[0]).toMatchObject({
      outcome: 'aangehouden',
      result: 'aangehouden',
      motivation: 'Niet behandeld in de vergadering; de aanvraag schuift door naar een volgende vergadering.',
    });
    expect((await fails(h.core, h.token, 'meetings.attendance', { id: first.id, members: [] })).code).toBe('CONFLICT');
    const { itemId } = await (async () => {
      const second = await openMeeting(h, [app], ids(h, 4));
      return { itemId: second.items[0].id };
    })();
    await ok(h.core, h.token, 'meetings.propose', { itemId, proposedCents: 6000_00 });
    await voteAll(
      h,
      itemId,
      ids(h, 4).map((memberId) => [memberId, 'voor']),
    );
    await ok(h.core, h.token, 'meetings.decide', { itemId, motivation: 'Nu wel besproken.' });
    const granted = await ok(h.core, h.token, 'applications.get', { id: app });
    expect(granted.status).toBe('toegekend');
    expect(granted.decisions.map((d: { outcome: string }) => d.outcome)).toEqual(['aangehouden', 'toegekend']);
  });

  it('returns the agenda pack, the minutes with attendance, declarations, votes per member and decisions, and the decision letter', async () => {
    const h = await budgetHouse();
    const lb = await admissible(h, lbApplication(h.lb.id));
    const rtc = await admissible(h, rtcApplication(h.rtc.id));
    const meeting = await openMeeting(h, [lb, rtc], ids(h, 5));
    const [lbItem, rtcItem] = meeting.items as { id: number }[];
    const pack = await ok(h.core, h.token, 'meetings.agendaPack', { id: meeting.id });
    expect(pack.agenda).toHaveLength(5);
    expect(pack.agenda[2]).toBe(
      `3. LB-${testToday().slice(0, 4)}-001 Samen tuinieren met ouderen (Buurtmoestuin Tarwewijk, Lokaal Budget, gevraagd € 6.000,00)`,
    );
    expect(pack.items[1].application.valuation.parties.map((p: { name: string }) => p.name)).toEqual([
      'Woonstichting Zuid',
      'Wmo radar Charlois',
      'Right to Cooperate',
    ]);
    expect(pack.rulesText.tieBreak).toBe(
      'Staken de stemmen, dan beslist de stem van de voorzitter; stemde de voorzitter niet voor of tegen, dan wordt de aanvraag aangehouden.',
    );

    await ok(h.core, h.token, 'meetings.propose', {
      itemId: lbItem!.id,
      proposedCents: 5000_00,
      conditions: "Geen alcohol van het budget.\nFoto's voor het jaarverslag.",
    });
    await ok(h.core, h.token, 'meetings.declare', {
      itemId: lbItem!.id,
      memberId: h.members[4]!.id,
      reason: 'Buurman van de aanvrager.',
    });
    await voteAll(h, lbItem!.id, [
      [h.members[0]!.id, 'voor'],
      [h.members[1]!.id, 'voor'],
      [h.members[2]!.id, 'tegen'],
      [h.members[3]!.id, 'onthouding'],
    ]);
    await ok(h.core, h.token, 'meetings.decide', {
      itemId: lbItem!.id,
      motivation: 'Een mooi plan; de begeleiding is wat ruim begroot.',
    });
    await ok(h.core, h.token, 'meetings.propose', { itemId: rtcItem!.id, proposedCents: 5000_00 });
    await voteAll(
      h,
      rtcItem!.id,
      ids(h, 5).map((memberId) => [memberId, 'tegen']),
    );
    await ok(h.core, h.token, 'meetings.decide', {
      itemId: rtcItem!.id,
      motivation: 'Dit hoort bij het reguliere werk van de woonstichting.',
    });
    await ok(h.core, h.token, 'meetings.close', { id: meeting.id });

    const minutes = await ok(h.core, h.token, 'meetings.minutes', { id: meeting.id });
    expect(minutes.draft).toBe(false);
    expect(minutes.present.map((p: { name: string }) => p.name)).toEqual([
      'Ayşe',
      'Fatima (voorzitter)',
      'Henk',
      'Kees',
      'Marco',
      'Samira (secretaris)',
    ]);
    expect(minutes.absentWithNotice.map((p: { name: string }) => p.name)).toEqual(['Sanne', 'Yusuf']);
    expect(minutes.chair).toMatchObject({ name: 'Fatima (voorzitter)' });
    expect(minutes.items[0].declarations[0].text).toBe(
      'Marco meldt belangenverstrengeling (Buurman van de aanvrager.) en neemt niet deel aan de beraadslaging en stemming.',
    );
    expect(minutes.items[0].votes.map((v: { name: string; vote: string }) => `${v.name}: ${v.vote}`)).toEqual([
      'Ayşe: tegen',
      'Fatima (voorzitter): voor',
      'Henk: voor',
      'Kees: onthouding',
    ]);
    expect(minutes.items[0].resultText).toBe('Voorstel aangenomen (2 voor, 1 tegen, 1 onthouding).');
    expect(minutes.items[0].decision).toEqual({
      outcome: 'deels_toegekend',
      outcomeLabel: 'Deels toegekend',
      grantedCents: 5000_00,
      conditions: ['Geen alcohol van het budget.', "Foto's voor het jaarverslag."],
      motivation: 'Een mooi plan; de begeleiding is wat ruim begroot.',
      decidedBy: 'Bea Beheer',
    });
    expect(minutes.items[1].resultText).toBe('Voorstel verworpen (0 voor, 5 tegen, 0 onthouding).');
    expect(minutes.summary).toEqual({
      items: 2,
      decided: 2,
      granted: 1,
      rejected: 1,
      deferred: 0,
      grantedCents: 5000_00,
    });

    const letter = await ok(h.core, h.token, 'applications.letter', { id: lb });
    expect(letter).toMatchObject({
      kind: 'deels_toekenning',
      subject: `Gedeeltelijke toekenning: uw aanvraag Lokaal Budget "Samen tuinieren met ouderen" (LB-${testToday().slice(0, 4)}-001)`,
      salutation: 'Beste Joke de Vries,',
    });
    expect(letter.addressee.addressLines).toEqual(['Moestuinstraat 4', '3083 AB Rotterdam']);
    expect(letter.paragraphs).toContain(
      'De commissie heeft besloten u een bijdrage van € 5.000,00 toe te kennen. U vroeg € 6.000,00; de commissie kent een deel van het gevraagde bedrag toe.',
    );
    expect(letter.decision.conditions).toEqual(['Geen alcohol van het budget.', "Foto's voor het jaarverslag."]);
    expect(letter.signatures).toEqual([
      { name: 'Fatima (voorzitter)', role: 'voorzitter commissie Lokaal Budget' },
      { name: 'Samira (secretaris)', role: 'secretaris commissie Lokaal Budget' },
    ]);
    const rejection = await ok(h.core, h.token, 'applications.letter', { id: rtc });
    expect(rejection.kind).toBe('afwijzing');
    expect(rejection.paragraphs).toContain('Motivering: Dit hoort bij het reguliere werk van de woonstichting.');
    expect(rejection.paragraphs.at(-2)).toMatch(/^Bent u het niet eens met dit besluit\? Dan kunt u bezwaar maken\./);
    expect(letter.paragraphs.at(-2)).toMatch(/binnen 6 weken/);
  });
});
