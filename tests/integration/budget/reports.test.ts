import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../db/platform/csv';
import { fails, ok, openCore, setUp } from '../../helpers';
import { admissible, budgetHouse, daysAgo, lbApplication, openMeeting, rtcApplication, voteAll } from './fixture';

describe('reports', () => {
  it('counts applications and money per scheme, priority group, wijk and applicant type, and the days from receipt to decision', async () => {
    const h = await budgetHouse();
    const garden = await admissible(h, lbApplication(h.lb.id, { receivedOn: daysAgo(20) }));
    const cooking = await admissible(
      h,
      lbApplication(h.lb.id, {
        applicantType: 'bewoner',
        applicantName: 'Gerrit Smit',
        wijk: 'Carnisse',
        title: 'Kookclub',
        receivedOn: daysAgo(10),
        priorityGroups: ['kwetsbare_bewoners'],
        expectedReach: { kwetsbare_bewoners: 12 },
      }),
    );
    await ok(h.core, h.token, 'applications.create', {
      ...lbApplication(h.lb.id, { title: 'Te laat' }),
      receivedOn: daysAgo(61),
      confirmWarnings: true,
    }).then(async (late) => {
      const { items } = await ok(h.core, h.token, 'eligibility.checklist', { applicationId: late.id });
      await ok(h.core, h.token, 'applications.assess', {
        id: late.id,
        assessedOn: daysAgo(0),
        motivation: 'Te laat ontvangen.',
        answers: items.map((i: { criterionId: number; auto: string }) => ({
          criterionId: i.criterionId,
          met: i.auto !== 'venster',
        })),
      });
    });
    const street = await admissible(h, rtcApplication(h.rtc.id, { receivedOn: daysAgo(5) }));
    await ok(h.core, h.token, 'applications.create', {
      ...lbApplication(h.lb.id, { title: 'Concept' }),
      register: false,
    });

    const present = h.members.slice(0, 5).map((m) => m.id);
    const meeting = await openMeeting(h, [garden, cooking, street], present);
    const votes = { [garden]: 'voor', [cooking]: 'tegen', [street]: 'voor' } as Record<number, 'voor' | 'tegen'>;
    for (const item of meeting.items as { id: number; applicationId: number }[]) {
      await ok(h.core, h.token, 'meetings.propose', {
        itemId: item.id,
        proposedCents: item.applicationId === street ? 5000_00 : 6000_00,
      });
      await voteAll(
        h,
        item.id,
        present.map((memberId) => [memberId, votes[item.applicationId]!]),
      );
      await ok(h.core, h.token, 'meetings.decide', { itemId: item.id, motivation: 'Besproken.' });
    }

    const report = await ok(h.core, h.token, 'budget.report', { yearId: h.yearId });
    expect(report.totals).toMatchObject({
      applications: 4,
      notAdmissible: 1,
      granted: 2,
      partlyGranted: 0,
      rejected: 1,
      pending: 0,
      requestedCents: 23_000_00,
      grantedCents: 11_000_00,
      committedCents: 11_000_00,
      paidCents: 0,
    });
    expect(
      report.byScheme.map((g: { label: string; applications: number; grantedCents: number }) => [
        g.label,
        g.applications,
        g.grantedCents,
      ]),
    ).toEqual([
      ['Lokaal Budget', 3, 6000_00],
      ['Right to Cooperate', 1, 5000_00],
    ]);
    expect(
      report.byPriorityGroup.map((g: { key: string; applications: number; grantedCents: number }) => [
        g.key,
        g.applications,
        g.grantedCents,
      ]),
    ).toEqual([
      ['jeugd', 2, 6000_00],
      ['ouderen', 3, 11_000_00],
      ['kwetsbare_bewoners', 1, 0],
      ['geen', 0, 0],
    ]);
    expect(
      report.byWijk.map((g: { label: string; applications: number; rejected: number }) => [
        g.label,
        g.applications,
        g.rejected,
      ]),
    ).toEqual([
      ['Carnisse', 2, 1],
      ['Tarwewijk', 2, 0],
    ]);
    expect(
      report.byApplicantType.map((g: { label: string; applications: number }) => [g.label, g.applications]),
    ).toEqual([
      ['Bewoner', 1],
      ['Bewonersgroep', 2],
      ['Organisatie', 1],
    ]);
    expect(report.timeToDecision).toMatchObject({
      decided: 3,
      averageDays: 11.7,
      medianDays: 10,
      minDays: 5,
      maxDays: 20,
    });
    expect(
      report.timeToDecision.byScheme.map((s: { decided: number; averageDays: number }) => [s.decided, s.averageDays]),
    ).toEqual([
      [2, 15],
      [1, 5],
    ]);
    expect(report.reach.find((r: { key: string }) => r.key === 'ouderen')).toMatchObject({
      expected: 25 + 120,
      actual: 0,
    });

    // Ready for the UI's CSV: flat rows of text, numbers and empty cells.
    for (const row of report.rows)
      for (const value of Object.values(row))
        expect(
          ['string', 'number', 'object'].includes(typeof value) && (typeof value !== 'object' || value === null),
        ).toBe(true);
    const csv = toCsv(
      Object.keys(report.rows[0]),
      report.rows.map((r: Record<string, string | number | null>) => Object.values(r)),
    );
    expect(csv.split('\r\n')).toHaveLength(report.rows.length + 2);

    const round = await ok(h.core, h.token, 'budget.report', { roundId: h.rtc.id });
    expect(round.scope).toMatchObject({ roundName: 'Right to Cooperate' });
    expect(round.totals).toMatchObject({ applications: 1, granted: 1, grantedCents: 5000_00 });
    expect((await fails(h.core, h.token, 'budget.report', {})).fieldErrors).toEqual({
      yearId: ['Kies een jaar of een ronde.'],
    });

    const listed = await ok(h.core, h.token, 'applications.list', { statuses: ['toegekend'], search: 'tuin' });
    expect(listed.map((a: { id: number }) => a.id)).toEqual([garden]);
  });
});

describe('the demo house', () => {
  it('has a year budget with a consistent ledger, a committee of seven with a resident majority, a decided meeting and applications in every stage', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const [year] = await ok(core, token, 'budget.years');
    expect(year.rounds.map((r: { scheme: string }) => r.scheme).sort()).toEqual([
      'lokaal_budget',
      'right_to_cooperate',
    ]);
    for (const l of [year.ledger, ...year.rounds.map((r: { ledger: unknown }) => r.ledger)]) {
      expect(l.ceilingCents).toBe(l.committedCents + l.remainingCents);
      expect(l.outstandingCents).toBe(l.committedCents - l.paidCents);
      expect(l.remainingCents).toBeGreaterThanOrEqual(0);
    }
    expect(year.ledger).toMatchObject({
      grantedCents: 30_000_00,
      releasedCents: 800_00,
      paidCents: 21_600_00,
      plannedCents: 7600_00,
    });

    const { members, composition } = await ok(core, token, 'committee.members');
    expect(members).toHaveLength(7);
    expect(composition).toMatchObject({ ok: true, voting: 6, votingResidents: 5, advisory: 1 });

    const applications = await ok(core, token, 'applications.list');
    expect(applications).toHaveLength(9);
    expect(new Set(applications.map((a: { status: string }) => a.status))).toEqual(
      new Set(['concept', 'ingediend', 'niet_ontvankelijk', 'geagendeerd', 'afgewezen', 'bevoorschot', 'afgesloten']),
    );

    const meetings = await ok(core, token, 'meetings.list');
    expect(
      meetings.map((m: { status: string; items: number; decided: number }) => [m.status, m.items, m.decided]),
    ).toEqual([
      ['gepland', 2, 0],
      ['gesloten', 5, 5],
    ]);
    const minutes = await ok(core, token, 'meetings.minutes', { id: meetings[1].id });
    expect(minutes.draft).toBe(false);
    expect(minutes.summary).toEqual({
      items: 5,
      decided: 5,
      granted: 3,
      rejected: 1,
      deferred: 1,
      grantedCents: 30_000_00,
    });
    expect(minutes.items[1].tieBreakNote).toBe(
      'De stemmen staakten (2 voor, 2 tegen, 0 onthouding): de voorzitter stemde voor en beslist.',
    );
    expect(minutes.items[1].declarations.map((d: { name: string }) => d.name)).toEqual(['Kees van Leeuwen']);
    expect(minutes.absentWithNotice.map((m: { name: string }) => m.name)).toEqual(['Naima Benali']);

    for (const a of applications as { id: number; status: string }[]) {
      const detail = await ok(core, token, 'applications.get', { id: a.id });
      expect(detail.history.length).toBeGreaterThan(0);
      if (
        ['concept', 'ingediend', 'geagendeerd'].includes(a.status) &&
        !detail.decisions.some((d: { outcome: string }) => d.outcome)
      )
        continue;
      const letter = await ok(core, token, 'applications.letter', { id: a.id });
      expect(letter.paragraphs.length).toBeGreaterThan(2);
    }
    const pack = await ok(core, token, 'meetings.agendaPack', { id: meetings[0].id });
    expect(pack.items[0].application.earlierDeferrals).toHaveLength(1);
    const report = await ok(core, token, 'budget.report', { yearId: year.id });
    expect(report.totals).toMatchObject({
      applications: 8,
      notAdmissible: 1,
      granted: 2,
      partlyGranted: 1,
      rejected: 1,
    });
  });
});
