import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../db/contract/dispatch';
import { addDays } from '../../../db/platform/clock';
import { fails, fingerprint, ok, PASSWORD } from '../../helpers';
import { today } from '../../clock';
import { budgetHouse, type BudgetHouse } from './fixture';

// Issue 18, point 1: a commissie account without a committee member sees no applications and no meetings, so
// users.create links it to a member (an existing one or a new one) in the same write.

const account = (username: string, committee: unknown) => ({
  name: 'Linda Koster',
  username,
  role: 'commissie',
  password: PASSWORD,
  committee,
});

async function signIn(h: BudgetHouse, username: string): Promise<string> {
  const r = await dispatch(h.core, 'auth.login', { username, password: PASSWORD }, null);
  if (!r.ok || !r.session || !('set' in r.session)) throw new Error('login failed');
  return r.session.set;
}

describe('a commissie account and its committee member', () => {
  it('is refused without a member, and nothing is written', async () => {
    const h = await budgetHouse();
    const before = fingerprint(h.core.db);
    expect((await fails(h.core, h.token, 'users.create', account('linda', null))).fieldErrors).toEqual({
      'committee.memberId': ['Kies het commissielid van dit account.'],
    });
    expect(fingerprint(h.core.db)).toBe(before);
  });

  it('links an existing member, who then sees the meetings', async () => {
    const h = await budgetHouse();
    await ok(h.core, h.token, 'meetings.create', { date: addDays(today(), 7), startTime: '19:30' });
    const member = h.members[0]!;
    await ok(h.core, h.token, 'users.create', account('linda', { kind: 'bestaand', memberId: member.id }));
    const { members } = await ok(h.core, h.token, 'committee.members');
    expect(members.find((m: { id: number }) => m.id === member.id).userName).toBe('linda');
    const linda = await signIn(h, 'linda');
    expect(await ok(h.core, linda, 'meetings.list')).toHaveLength(1);
    expect((await ok(h.core, linda, 'committee.members')).me).toMatchObject({ memberId: member.id, sitting: true });
    // A member has one account.
    expect(
      (await fails(h.core, h.token, 'users.create', account('linda2', { kind: 'bestaand', memberId: member.id })))
        .fieldErrors['committee.memberId'],
    ).toEqual([expect.stringContaining('heeft al een account: linda')]);
  });

  it('makes a new member with the account name, under the committee rules', async () => {
    const h = await budgetHouse();
    const created = await ok(
      h.core,
      h.token,
      'users.create',
      account('joost', { kind: 'nieuw', termFrom: today(), isResident: true, voting: true }),
    );
    const { members } = await ok(h.core, h.token, 'committee.members');
    expect(members.find((m: { userId: number }) => m.userId === created.id)).toMatchObject({
      name: 'Linda Koster',
      isResident: true,
      voting: true,
    });
    // Enough non-residents with a vote break the majority of residents: refused on the dialog's own field.
    let refused: Record<string, string[]> = {};
    for (let i = 0; i < 8 && Object.keys(refused).length === 0; i++) {
      const r = await dispatch(
        h.core,
        'users.create',
        account(`buiten${i}`, { kind: 'nieuw', termFrom: today(), isResident: false, voting: true }),
        h.token,
      );
      if (!r.ok) refused = r.error.fieldErrors;
    }
    expect(Object.keys(refused)).toEqual(['committee.isResident']);
  });

  it('refuses a member for an account of another role', async () => {
    const h = await budgetHouse();
    const input = { ...account('bas', { kind: 'bestaand', memberId: h.members[0]!.id }), role: 'balie' };
    expect(Object.keys((await fails(h.core, h.token, 'users.create', input)).fieldErrors)).toEqual(['committee']);
  });
});
