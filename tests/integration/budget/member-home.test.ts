import { describe, expect, it } from 'vitest';
import { addDays } from '../../../db/platform/clock';
import { today } from '../../clock';
import { ok, tokenFor } from '../../helpers';
import { admissible, budgetHouse, lbApplication } from './fixture';

describe("a committee member's start", () => {
  it('shows the next meeting, what to read for it and the own declarations, through the linked member', async () => {
    const h = await budgetHouse();
    const token = await tokenFor(h.core, h.token, 'commissie');
    // Not linked yet: nothing to show, and no error.
    expect(await ok(h.core, token, 'meetings.mine')).toEqual({ member: null, nextMeeting: null, declarations: [] });
    const user = (await ok(h.core, h.token, 'users.list')).find((u: { role: string }) => u.role === 'commissie');
    const henk = (await ok(h.core, h.token, 'committee.members')).members.find(
      (m: { id: number }) => m.id === h.members[1]!.id,
    );
    await ok(h.core, h.token, 'committee.updateMember', { ...henk, userId: user.id });
    const [first, second] = [
      await admissible(h, lbApplication(h.lb.id)),
      await admissible(h, { ...lbApplication(h.lb.id), title: 'Buurtmoestuin' }),
    ];
    const later = await ok(h.core, h.token, 'meetings.create', { date: addDays(today(), 30), startTime: '19:30' });
    const next = await ok(h.core, h.token, 'meetings.create', { date: addDays(today(), 7), startTime: '20:00' });
    await ok(h.core, h.token, 'meetings.setAgenda', { id: next.id, applicationIds: [first, second] });
    await ok(h.core, h.token, 'meetings.setAgenda', { id: later.id, applicationIds: [] });
    const agenda = await ok(h.core, h.token, 'meetings.get', { id: next.id });
    await ok(h.core, token, 'meetings.declare', {
      itemId: agenda.items[1].id,
      memberId: henk.id,
      reason: 'Ik tuinier er zelf.',
    });
    const mine = await ok(h.core, token, 'meetings.mine');
    expect(mine.member).toEqual({ id: henk.id, name: henk.name, sitting: true });
    expect(mine.nextMeeting).toMatchObject({ id: next.id, date: addDays(today(), 7), startTime: '20:00' });
    expect(
      mine.nextMeeting.items.map((i: { applicationId: number; declared: boolean }) => [i.applicationId, i.declared]),
    ).toEqual([
      [first, false],
      [second, true],
    ]);
    expect(mine.declarations).toMatchObject([
      { meetingId: next.id, applicationId: second, title: 'Buurtmoestuin', reason: 'Ik tuinier er zelf.' },
    ]);
    // The beheerder has no member record: nothing of their own to show.
    expect(await ok(h.core, h.token, 'meetings.mine')).toEqual({ member: null, nextMeeting: null, declarations: [] });
  });
});
