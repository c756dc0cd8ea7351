import { describe, expect, it } from 'vitest';
import { addDays, formatDateNl } from '../../../db/platform/clock';
import { fails, fingerprint, ok, openCore, setUp, tokenFor } from '../../helpers';
import { admissible, budgetHouse, lbApplication, today } from './fixture';
import { today as testToday } from '../../clock';

const term = { termFrom: addDays(testToday(), -30) };
const member = (name: string, isResident: boolean, extra: Record<string, unknown> = {}) => ({
  name,
  isResident,
  voting: true,
  ...term,
  ...extra,
});
const majority = (residents: number, voting: number, date = testToday()) =>
  `De meerderheid van de stemgerechtigde leden moet bewoner van de wijk zijn. Op ${formatDateNl(date)} zijn ${residents} van de ${voting} stemgerechtigde leden bewoner van de wijk: dat is geen meerderheid. Voeg eerst een bewoner toe, of maak dit lid adviserend.`;

describe('the committee', () => {
  it('enforces that a majority of the voting members are residents, whatever order members are added in', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const before = fingerprint(core.db);
    expect((await fails(core, token, 'committee.createMember', member('Ruud', false))).fieldErrors).toEqual({
      isResident: [majority(0, 1)],
    });
    expect(fingerprint(core.db)).toBe(before);
    // Advisory members do not count.
    await ok(core, token, 'committee.createMember', member('Linda', false, { voting: false, isSecretary: true }));
    const anna = await ok(core, token, 'committee.createMember', member('Anna', true, { isChair: true }));
    expect((await fails(core, token, 'committee.createMember', member('Ruud', false))).fieldErrors).toEqual({
      isResident: [majority(1, 2)],
    });
    const bert = await ok(core, token, 'committee.createMember', member('Bert', true));
    await ok(core, token, 'committee.createMember', member('Ruud', false));
    expect((await fails(core, token, 'committee.createMember', member('Sanne', false))).fieldErrors).toEqual({
      isResident: [majority(2, 4)],
    });
    // A member who starts later counts from that day on.
    const later = addDays(testToday(), 40);
    expect(
      (await fails(core, token, 'committee.createMember', member('Sanne', false, { termFrom: later }))).fieldErrors,
    ).toEqual({ isResident: [majority(2, 4, later)] });
    // Turning a resident into a non-resident, or a non-resident into a voting member, is the same change.
    expect((await fails(core, token, 'committee.updateMember', { ...bert, isResident: false })).fieldErrors).toEqual({
      isResident: [majority(1, 3)],
    });
    const { members, composition } = await ok(core, token, 'committee.members');
    expect(composition).toMatchObject({
      voting: 3,
      votingResidents: 2,
      advisory: 1,
      ok: true,
      message: '2 van de 3 stemgerechtigde leden zijn bewoner van de wijk.',
    });
    const linda = members.find((m: { name: string }) => m.name === 'Linda');
    expect(
      (await fails(core, token, 'committee.updateMember', { ...linda, voting: true, isSecretary: true })).fieldErrors,
    ).toEqual({ isResident: [majority(2, 4)] });
    expect(members.map((m: { name: string }) => m.name)).toEqual(['Anna', 'Linda', 'Bert', 'Ruud']);
    expect(anna).toMatchObject({ isChair: true, voting: true, isResident: true });
    // A change is logged in words; of contact details only that they changed, so the log keeps no old ones.
    await ok(core, token, 'committee.updateMember', {
      ...linda,
      name: 'Linda de Boer',
      phone: '0612345678',
      isWijkraad: true,
    });
    const { rows } = await ok(core, token, 'audit.list', { entity: 'committee_members', limit: 1 });
    expect(rows[0].summary).toBe('Naam gewijzigd; Telefoon gewijzigd; Lid van de wijkraad: nee → ja');
  });

  it('lets a resident leave even when that breaks the majority, says so, and then refuses to open a meeting', async () => {
    const h = await budgetHouse();
    // Four residents and three others: two residents leave.
    const { members } = await ok(h.core, h.token, 'committee.members');
    const henk = members.find((m: { name: string }) => m.name === 'Henk');
    const ayse = members.find((m: { name: string }) => m.name === 'Ayşe');
    await ok(h.core, h.token, 'committee.endTerm', { id: henk.id, termTo: addDays(testToday(), -2) });
    const ended = await ok(h.core, h.token, 'committee.endTerm', { id: ayse.id, termTo: addDays(testToday(), -1) });
    expect(ended.warning).toBe(
      `Op ${formatDateNl(testToday())} zijn 2 van de 5 stemgerechtigde leden bewoner van de wijk: dat is geen meerderheid. Voeg een bewoner toe voordat de commissie weer vergadert.`,
    );
    expect((await ok(h.core, h.token, 'committee.members')).composition.ok).toBe(false);
    const app = await admissible(h, lbApplication(h.lb.id));
    const meeting = await ok(h.core, h.token, 'meetings.create', { date: today(), startTime: '19:30' });
    await ok(h.core, h.token, 'meetings.setAgenda', { id: meeting.id, applicationIds: [app] });
    const sitting = h.members.filter((m) => m.id !== henk.id && m.id !== ayse.id);
    await ok(h.core, h.token, 'meetings.attendance', {
      id: meeting.id,
      members: sitting.map((m) => ({ memberId: m.id, status: 'aanwezig' })),
    });
    expect((await fails(h.core, h.token, 'meetings.open', { id: meeting.id })).fieldErrors).toEqual({
      members: [
        `Op ${formatDateNl(testToday())} zijn 2 van de 5 stemgerechtigde leden bewoner van de wijk: dat is geen meerderheid. De commissie is niet volgens de regels samengesteld: de vergadering kan niet worden geopend.`,
      ],
    });
    // A member who left is not on the attendance list of a later meeting.
    expect(
      (
        await fails(h.core, h.token, 'meetings.attendance', {
          id: meeting.id,
          members: [{ memberId: henk.id, status: 'aanwezig' }],
        })
      ).fieldErrors,
    ).toEqual({ 'members.0.memberId': [`Henk zat op ${formatDateNl(testToday())} niet in de commissie.`] });
    await ok(h.core, h.token, 'committee.createMember', {
      name: 'Naima',
      isResident: true,
      voting: true,
      termFrom: today(),
    });
    await ok(h.core, h.token, 'committee.createMember', {
      name: 'Gerrit',
      isResident: true,
      voting: true,
      termFrom: today(),
    });
    const all = (await ok(h.core, h.token, 'committee.members')).members as { id: number; name: string }[];
    await ok(h.core, h.token, 'meetings.attendance', {
      id: meeting.id,
      members: all.map((m) => ({ memberId: m.id, status: 'aanwezig' })),
    });
    expect((await ok(h.core, h.token, 'meetings.open', { id: meeting.id })).composition).toMatchObject({
      ok: true,
      voting: 7,
      votingResidents: 4,
    });
  });

  it('has one chair and one secretary at a time, a voting chair, and links only commissie accounts, one member each', async () => {
    const h = await budgetHouse();
    const balie = await tokenFor(h.core, h.token, 'balie');
    const before = fingerprint(h.core.db);
    expect(
      (await fails(h.core, h.token, 'committee.createMember', member('Piet', true, { isChair: true }))).fieldErrors,
    ).toEqual({ isChair: ['Fatima (voorzitter) is in deze periode al voorzitter.'] });
    expect(
      (await fails(h.core, h.token, 'committee.createMember', member('Piet', true, { isSecretary: true }))).fieldErrors,
    ).toEqual({ isSecretary: ['Samira (secretaris) is in deze periode al secretaris.'] });
    expect(
      (await fails(h.core, h.token, 'committee.createMember', member('Piet', true, { voting: false, isChair: true })))
        .fieldErrors,
    ).toEqual({ isChair: ['De voorzitter is een stemgerechtigd lid.'] });
    expect(
      (
        await fails(
          h.core,
          h.token,
          'committee.createMember',
          member('Piet', true, { termTo: addDays(testToday(), -31) }),
        )
      ).fieldErrors,
    ).toEqual({ termTo: ['Het einde van de zittingstermijn mag niet voor het begin liggen.'] });
    const users = (await ok(h.core, h.token, 'users.list')) as { id: number; role: string }[];
    expect(
      (
        await fails(
          h.core,
          h.token,
          'committee.createMember',
          member('Piet', true, { userId: users.find((u) => u.role === 'balie')!.id }),
        )
      ).fieldErrors,
    ).toEqual({ userId: ['Koppel een account met de rol commissie.'] });
    expect(fingerprint(h.core.db)).toBe(before);
    await tokenFor(h.core, h.token, 'commissie');
    const commissie = ((await ok(h.core, h.token, 'users.list')) as { id: number; role: string }[]).find(
      (u) => u.role === 'commissie',
    )!;
    await ok(h.core, h.token, 'committee.createMember', member('Piet', true, { userId: commissie.id }));
    expect(
      (await fails(h.core, h.token, 'committee.createMember', member('Klaas', true, { userId: commissie.id })))
        .fieldErrors,
    ).toEqual({ userId: ['Dit account is al gekoppeld aan Piet.'] });
    // A chair whose term ended makes room for the next one.
    const { members } = await ok(h.core, h.token, 'committee.members');
    const fatima = members.find((m: { isChair: boolean }) => m.isChair);
    await ok(h.core, h.token, 'committee.endTerm', { id: fatima.id, termTo: addDays(testToday(), -1) });
    await ok(
      h.core,
      h.token,
      'committee.createMember',
      member('Nieuwe voorzitter', true, { isChair: true, termFrom: testToday() }),
    );
    expect((await fails(h.core, balie, 'committee.createMember', member('X', true))).code).toBe('FORBIDDEN');
  });

  it('keeps its rules of procedure: planned meetings follow a change, held meetings keep theirs', async () => {
    const h = await budgetHouse();
    const app = await admissible(h, lbApplication(h.lb.id));
    const held = await ok(h.core, h.token, 'meetings.create', { date: today(), startTime: '19:30' });
    await ok(h.core, h.token, 'meetings.setAgenda', { id: held.id, applicationIds: [app] });
    await ok(h.core, h.token, 'meetings.attendance', {
      id: held.id,
      members: h.members.map((m) => ({ memberId: m.id, status: 'aanwezig' })),
    });
    await ok(h.core, h.token, 'meetings.open', { id: held.id });
    const planned = await ok(h.core, h.token, 'meetings.create', {
      date: addDays(testToday(), 14),
      startTime: '19:30',
    });
    const rules = await ok(h.core, h.token, 'committee.setRules', {
      quorumKind: 'aantal',
      quorumCount: 5,
      majority: 'volstrekte_meerderheid',
      tieBreak: 'afwijzen',
    });
    const { rows } = await ok(h.core, h.token, 'audit.list', { entity: 'committee_rules', limit: 1 });
    expect(rows[0].summary).toBe(
      'Quorum: meer dan de helft → een vast aantal leden; Aantal leden voor het quorum: 1 → 5; Meerderheid: gewone meerderheid → volstrekte meerderheid; Bij staking van stemmen: de voorzitter beslist → afwijzen',
    );
    expect(rules.text).toEqual({
      quorum: 'Quorum: minstens 5 stemgerechtigde leden aanwezig.',
      majority:
        'Een voorstel is aangenomen als meer dan de helft van de uitgebrachte stemmen (onthoudingen meegeteld) voor is.',
      tieBreak: 'Staken de stemmen, dan is het voorstel verworpen en de aanvraag afgewezen.',
    });
    expect((await ok(h.core, h.token, 'meetings.get', { id: planned.id })).rules).toEqual({
      quorumKind: 'aantal',
      quorumCount: 5,
      majority: 'volstrekte_meerderheid',
      tieBreak: 'afwijzen',
    });
    expect((await ok(h.core, h.token, 'meetings.get', { id: held.id })).rules).toEqual({
      quorumKind: 'meer_dan_helft',
      quorumCount: 1,
      majority: 'gewone_meerderheid',
      tieBreak: 'voorzitter',
    });
    expect(
      (
        await fails(h.core, h.token, 'committee.setRules', {
          quorumKind: 'aantal',
          quorumCount: 0,
          majority: 'unaniem',
          tieBreak: 'loting',
        })
      ).fieldErrors,
    ).toEqual({
      quorumCount: ['Minstens 1 lid.'],
      majority: ['Kies een meerderheidsregel.'],
      tieBreak: ['Kies wat er gebeurt als de stemmen staken.'],
    });
  });
});
