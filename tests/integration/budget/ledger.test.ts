import { today as testToday } from '../../clock';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../db/platform/clock';
import { fails, fingerprint, ok } from '../../helpers';
import {
  admissible,
  budgetHouse,
  daysAgo,
  lbApplication,
  openMeeting,
  today,
  voteAll,
  type BudgetHouse,
} from './fixture';

interface Ledger {
  ceilingCents: number;
  grantedCents: number;
  releasedCents: number;
  committedCents: number;
  paidCents: number;
  plannedCents: number;
  outstandingCents: number;
  remainingCents: number;
}

/** The ledger's rules, whatever happened: ceiling = committed + remaining, nothing negative, never paid more than committed. */
function expectConsistent(l: Ledger): void {
  expect(l.committedCents).toBe(l.grantedCents - l.releasedCents);
  expect(l.ceilingCents).toBe(l.committedCents + l.remainingCents);
  expect(l.outstandingCents).toBe(l.committedCents - l.paidCents);
  expect(l.remainingCents).toBeGreaterThanOrEqual(0);
  expect(l.paidCents).toBeGreaterThanOrEqual(0);
  expect(l.paidCents).toBeLessThanOrEqual(l.committedCents);
}

async function roundLedger(h: BudgetHouse): Promise<Ledger> {
  const l = (await ok(h.core, h.token, 'budget.round', { id: h.lb.id })).ledger as Ledger;
  expectConsistent(l);
  const year = (await ok(h.core, h.token, 'budget.years'))[0];
  expectConsistent(year.ledger);
  return l;
}

/** Grants the applications (amount per application) in one meeting where the first five members vote for. */
async function grant(h: BudgetHouse, grants: [number, number][]) {
  const meeting = await openMeeting(
    h,
    grants.map(([id]) => id),
    h.members.slice(0, 5).map((m) => m.id),
  );
  for (const [i, [, cents]] of grants.entries()) {
    const itemId = meeting.items[i].id;
    await ok(h.core, h.token, 'meetings.propose', { itemId, proposedCents: cents });
    await voteAll(
      h,
      itemId,
      h.members.slice(0, 5).map((m) => [m.id, 'voor']),
    );
    await ok(h.core, h.token, 'meetings.decide', { itemId, motivation: 'Past bij de wijkopgave.' });
  }
  return meeting;
}

describe('years and rounds', () => {
  it('keeps the rounds of a year within the year budget, and a ceiling above what is granted', async () => {
    const h = await budgetHouse();
    const y = testToday().slice(0, 4);
    const round = await ok(h.core, h.token, 'budget.round', { id: h.lb.id });
    const before = fingerprint(h.core.db);
    const extra = {
      yearId: h.yearId,
      name: 'Najaarsronde',
      scheme: 'lokaal_budget',
      opensOn: today(),
      closesOn: today(),
      executionFrom: today(),
      executionTo: addDays(today(), 90),
      minCents: 1000_00,
      maxCents: 5000_00,
      ceilingCents: 25_000_00,
    };
    expect((await fails(h.core, h.token, 'budget.createRound', extra)).fieldErrors).toEqual({
      ceilingCents: [
        `De rondes van ${y} komen samen op € 105.000,00, meer dan het jaarbudget van € 100.000,00. Er is nog € 20.000,00 vrij.`,
      ],
    });
    expect(
      (
        await fails(h.core, h.token, 'budget.createRound', {
          ...extra,
          ceilingCents: 2000_00,
          minCents: 6000_00,
          closesOn: addDays(today(), -1),
        })
      ).fieldErrors,
    ).toEqual({
      closesOn: ['De sluitingsdatum mag niet voor de openingsdatum liggen.'],
      maxCents: [
        'Het maximumbedrag mag niet lager zijn dan het minimumbedrag.',
        'Het maximumbedrag per aanvraag mag niet hoger zijn dan het plafond van de ronde.',
      ],
    });
    expect(
      (await fails(h.core, h.token, 'budget.createRound', { ...extra, name: 'Ronde 1', ceilingCents: 10_000_00 }))
        .fieldErrors,
    ).toEqual({ name: ['Er is in dit jaar al een ronde met deze naam.'] });
    expect(
      (await fails(h.core, h.token, 'budget.updateYear', { id: h.yearId, year: Number(y), totalCents: 70_000_00 }))
        .fieldErrors,
    ).toEqual({
      totalCents: [
        'De rondes van dit jaar hebben samen al een plafond van € 80.000,00: het jaarbudget kan niet lager.',
      ],
    });
    expect((await fails(h.core, h.token, 'budget.createYear', { year: Number(y), totalCents: 1 })).fieldErrors).toEqual(
      { year: [`Er is al een budget voor ${y}.`] },
    );
    expect((await fails(h.core, h.token, 'budget.createYear', { year: 1999, totalCents: -1 })).fieldErrors).toEqual({
      year: ['Kies een jaar vanaf 2000.'],
      totalCents: ['Het jaarbudget kan niet negatief zijn.'],
    });
    expect(fingerprint(h.core.db)).toBe(before);
    await ok(h.core, h.token, 'budget.createRound', { ...extra, ceilingCents: 20_000_00 });
    const year = (await ok(h.core, h.token, 'budget.years'))[0];
    expect(year).toMatchObject({ totalCents: 100_000_00, allocatedCents: 100_000_00, unallocatedCents: 0 });

    const id = await admissible(h, lbApplication(h.lb.id));
    await grant(h, [[id, 6000_00]]);
    const input = { ...round, criteria: round.criteria.map((c: object) => ({ ...c })) };
    expect(
      (
        await fails(h.core, h.token, 'budget.updateRound', {
          ...input,
          ceilingCents: 5000_00,
          maxCents: 5000_00,
          minCents: 1000_00,
        })
      ).fieldErrors,
    ).toEqual({ ceilingCents: ['In deze ronde is al € 6.000,00 toegekend: het plafond kan niet lager.'] });
    expect(
      (await fails(h.core, h.token, 'budget.updateRound', { ...input, scheme: 'right_to_cooperate' })).fieldErrors,
    ).toEqual({ scheme: ['Deze ronde heeft al aanvragen: de regeling ligt vast.'] });
  });

  it('keeps criteria that have scores, and renames or adds others', async () => {
    const h = await budgetHouse();
    const id = await admissible(h, lbApplication(h.lb.id));
    const meeting = await openMeeting(
      h,
      [id],
      h.members.slice(0, 4).map((m) => m.id),
    );
    const round = await ok(h.core, h.token, 'budget.round', { id: h.lb.id });
    await ok(h.core, h.token, 'meetings.score', {
      itemId: meeting.items[0].id,
      memberId: h.members[0]!.id,
      scores: [{ criterionId: round.criteria[0].id, score: 5 }],
    });
    const before = fingerprint(h.core.db);
    expect(
      (await fails(h.core, h.token, 'budget.updateRound', { ...round, criteria: round.criteria.slice(1) })).fieldErrors,
    ).toEqual({ criteria: ['Op "Bijdrage aan de wijkopgave" zijn al scores gegeven: dit criterium blijft staan.'] });
    expect(
      (
        await fails(h.core, h.token, 'budget.updateRound', {
          ...round,
          criteria: [{ ...round.criteria[0], maxScore: 4 }, ...round.criteria.slice(1)],
        })
      ).fieldErrors,
    ).toEqual({ 'criteria.0.maxScore': ['Er is al een score van 5 gegeven: het maximum kan niet lager.'] });
    expect(fingerprint(h.core.db)).toBe(before);
    const updated = await ok(h.core, h.token, 'budget.updateRound', {
      ...round,
      criteria: [{ ...round.criteria[0], name: 'Wijkopgave' }, round.criteria[1], { name: 'Draagvlak' }],
    });
    expect(updated.criteria.map((c: { name: string }) => c.name)).toEqual([
      'Wijkopgave',
      'Bereik prioriteitsgroepen',
      'Draagvlak',
    ]);
    const { rows } = await ok(h.core, h.token, 'audit.list', { entity: 'budget_rounds', limit: 1 });
    expect(rows[0].summary).toBe(
      'Beoordelingscriteria: Bijdrage aan de wijkopgave (max 5), Bereik prioriteitsgroepen (max 5), Haalbaarheid (max 3) → Wijkopgave (max 5), Bereik prioriteitsgroepen (max 5), Draagvlak (max 5)',
    );
  });
});

describe('the ledger', () => {
  it('stays consistent under grants, partial grants, payments, repayments, releases and withdrawals', async () => {
    const h = await budgetHouse();
    const full = await admissible(h, lbApplication(h.lb.id));
    const partly = await admissible(h, lbApplication(h.lb.id, { title: 'Tweede tuin' }));
    const pending = await admissible(h, lbApplication(h.lb.id, { title: 'Derde tuin' }));
    expect(await roundLedger(h)).toMatchObject({
      ceilingCents: 50_000_00,
      grantedCents: 0,
      remainingCents: 50_000_00,
      pendingRequestedCents: 18_000_00,
    });

    await grant(h, [
      [full, 6000_00],
      [partly, 5000_00],
    ]);
    expect((await ok(h.core, h.token, 'applications.get', { id: partly })).status).toBe('deels_toegekend');
    expect(await roundLedger(h)).toMatchObject({
      grantedCents: 11_000_00,
      committedCents: 11_000_00,
      paidCents: 0,
      outstandingCents: 11_000_00,
      remainingCents: 39_000_00,
      pendingRequestedCents: 6000_00,
    });

    // An advance and a planned instalment.
    const advance = await ok(h.core, h.token, 'grants.addPayment', {
      applicationId: full,
      kind: 'voorschot',
      amountCents: 4000_00,
      paidOn: today(),
      reference: 'BET-1',
    });
    expect(advance.application.status).toBe('bevoorschot');
    const planned = await ok(h.core, h.token, 'grants.addPayment', {
      applicationId: full,
      kind: 'betaling',
      amountCents: 2000_00,
      dueOn: addDays(today(), 30),
    });
    expect(planned.application.money).toMatchObject({
      committedCents: 6000_00,
      paidCents: 4000_00,
      plannedCents: 2000_00,
      unscheduledCents: 0,
    });
    expect(await roundLedger(h)).toMatchObject({
      paidCents: 4000_00,
      plannedCents: 2000_00,
      outstandingCents: 7000_00,
    });
    const paid = await ok(h.core, h.token, 'grants.markPaid', {
      id: planned.paymentId,
      paidOn: today(),
      reference: 'BET-2',
    });
    expect(paid.application.status).toBe('uitbetaald');
    expect(await roundLedger(h)).toMatchObject({ paidCents: 6000_00, plannedCents: 0 });

    // Accounted for: € 5.500 spent. Closing asks for the repayment first, then releases € 500.
    const costLines = (await ok(h.core, h.token, 'applications.get', { id: full })).costLines as { id: number }[];
    await ok(h.core, h.token, 'grants.account', {
      applicationId: full,
      accountedOn: today(),
      actualCosts: costLines.map((l, i) => ({ costLineId: l.id, actualCents: [2800_00, 3700_00, 900_00][i] })),
      actualReach: { ouderen: 28, jeugd: 12 },
      actualParticipants: 40,
      meetingsHeld: 29,
      evaluation: 'Goed gelopen; gereedschap was goedkoper.',
      spentCents: 5500_00,
    });
    const before = fingerprint(h.core.db);
    expect((await fails(h.core, h.token, 'grants.close', { applicationId: full, closedOn: today() })).message).toBe(
      'Er is € 6.000,00 betaald en € 5.500,00 besteed: registreer eerst de terugbetaling van € 500,00.',
    );
    expect(
      (
        await fails(h.core, h.token, 'grants.addPayment', {
          applicationId: full,
          kind: 'terugbetaling',
          amountCents: 600_00,
          paidOn: today(),
          reference: 'ONTV-1',
        })
      ).fieldErrors,
    ).toEqual({ amountCents: ['Er is € 500,00 meer betaald dan besteed: de terugbetaling is hoogstens dat bedrag.'] });
    expect(fingerprint(h.core.db)).toBe(before);
    await ok(h.core, h.token, 'grants.addPayment', {
      applicationId: full,
      kind: 'terugbetaling',
      amountCents: 500_00,
      paidOn: today(),
      reference: 'ONTV-1',
    });
    const closed = await ok(h.core, h.token, 'grants.close', {
      applicationId: full,
      closedOn: today(),
      note: 'Afgerekend.',
    });
    expect(closed).toMatchObject({
      status: 'afgesloten',
      money: {
        grantedCents: 6000_00,
        releasedCents: 500_00,
        committedCents: 5500_00,
        paidCents: 5500_00,
        spentCents: 5500_00,
      },
    });
    expect(await roundLedger(h)).toMatchObject({
      grantedCents: 11_000_00,
      releasedCents: 500_00,
      committedCents: 10_500_00,
      paidCents: 5500_00,
      remainingCents: 39_500_00,
    });

    // Withdrawing the partial grant before payment releases it all.
    await ok(h.core, h.token, 'applications.withdraw', { id: partly, reason: 'De groep is gestopt.' });
    expect(await roundLedger(h)).toMatchObject({
      grantedCents: 11_000_00,
      releasedCents: 5500_00,
      committedCents: 5500_00,
      remainingCents: 44_500_00,
    });
    const ledger = await ok(h.core, h.token, 'budget.ledger', { roundId: h.lb.id });
    expect(
      ledger.lines.map((l: { title: string; statusLabel: string; committedCents: number }) => [
        l.title,
        l.statusLabel,
        l.committedCents,
      ]),
    ).toEqual([
      ['Samen tuinieren met ouderen', 'Afgesloten', 5500_00],
      ['Tweede tuin', 'Ingetrokken', 0],
    ]);
    expect((await ok(h.core, h.token, 'applications.get', { id: pending })).status).toBe('ontvankelijk');
  });

  it('refuses a grant that would exceed what remains, at the proposal and at the decision, writing nothing', async () => {
    const h = await budgetHouse();
    const big = (title: string) =>
      lbApplication(h.lb.id, {
        title,
        requestedCents: 20_000_00,
        confirmWarnings: true,
        costLines: [
          { description: 'Begeleiding', amountCents: 20_000_00 },
          { description: 'Feest', amountCents: 2000_00, reimbursable: false },
        ],
      });
    const first = await admissible(h, big('Eerste'));
    const second = await admissible(h, big('Tweede'));
    await grant(h, [
      [first, 20_000_00],
      [second, 20_000_00],
    ]);
    expect(await roundLedger(h)).toMatchObject({ committedCents: 40_000_00, remainingCents: 10_000_00 });

    const third = await admissible(h, big('Derde'));
    const fourth = await admissible(h, big('Vierde'));
    const meeting = await openMeeting(
      h,
      [third, fourth],
      h.members.slice(0, 5).map((m) => m.id),
    );
    const [a, b] = meeting.items as { id: number }[];
    const before = fingerprint(h.core.db);
    expect(
      (await fails(h.core, h.token, 'meetings.propose', { itemId: a!.id, proposedCents: 15_000_00 })).fieldErrors,
    ).toEqual({
      proposedCents: ['Er resteert nog € 10.000,00 in de ronde "Ronde 1": een toekenning van € 15.000,00 past niet.'],
    });
    expect(
      (await fails(h.core, h.token, 'meetings.propose', { itemId: a!.id, proposedCents: 25_000_00 })).fieldErrors,
    ).toEqual({ proposedCents: ['Het bedrag is hoger dan het gevraagde bedrag (€ 20.000,00).'] });
    expect((await fails(h.core, h.token, 'meetings.propose', { itemId: a!.id, proposedCents: 0 })).fieldErrors).toEqual(
      { proposedCents: ['Het voorgestelde bedrag moet meer dan € 0 zijn.'] },
    );
    expect(fingerprint(h.core.db)).toBe(before);
    // Each proposal fits on its own; together they do not. The second decision is refused.
    for (const item of [a!, b!]) {
      await ok(h.core, h.token, 'meetings.propose', { itemId: item.id, proposedCents: 10_000_00 });
      await voteAll(
        h,
        item.id,
        h.members.slice(0, 5).map((m) => [m.id, 'voor']),
      );
    }
    await ok(h.core, h.token, 'meetings.decide', { itemId: a!.id, motivation: 'Deels toegekend: meer is er niet.' });
    const snapshot = fingerprint(h.core.db);
    const refused = await fails(h.core, h.token, 'meetings.decide', { itemId: b!.id, motivation: 'Ook deels.' });
    expect(refused.fieldErrors).toEqual({
      proposedCents: ['Er resteert nog € 0,00 in de ronde "Ronde 1": een toekenning van € 10.000,00 past niet.'],
    });
    expect(fingerprint(h.core.db)).toBe(snapshot);
    expect(await roundLedger(h)).toMatchObject({ committedCents: 50_000_00, remainingCents: 0 });

    // The database itself refuses too, whatever code would try.
    expect(() =>
      h.core.db.prepare('UPDATE budget_applications SET granted_cents = 500000 WHERE id = ?').run(fourth),
    ).toThrow(/ceiling exceeded/);
    expect(() => h.core.db.prepare('UPDATE budget_rounds SET ceiling_cents = 1000 WHERE id = ?').run(h.lb.id)).toThrow(
      /ceiling below committed/,
    );
  });
});

describe("the round's amount range", () => {
  it('registers a request above the maximum only when confirmed, and never grants more than the maximum', async () => {
    const h = await budgetHouse();
    const above = lbApplication(h.lb.id, {
      requestedCents: 22_000_00,
      costLines: [
        { description: 'Begeleiding', amountCents: 22_000_00 },
        { description: 'Feest', amountCents: 2000_00, reimbursable: false },
      ],
    });
    const before = fingerprint(h.core.db);
    const warned = await fails(h.core, h.token, 'applications.create', above);
    expect(warned.code).toBe('NEEDS_CONFIRMATION');
    expect(warned.fieldErrors.requestedCents).toEqual([
      'Het gevraagde bedrag (€ 22.000,00) ligt buiten het bereik van de ronde (€ 5.000,00 tot en met € 20.000,00). Registreer de aanvraag alleen als ze zo is ingediend: ze is dan niet ontvankelijk.',
    ]);
    expect(fingerprint(h.core.db)).toBe(before);
    const app = await ok(h.core, h.token, 'applications.create', { ...above, confirmWarnings: true });
    // The desk declares it admissible anyway, with an explanation; the committee still cannot grant above the maximum.
    const { items } = await ok(h.core, h.token, 'eligibility.checklist', { applicationId: app.id });
    await ok(h.core, h.token, 'applications.assess', {
      id: app.id,
      assessedOn: today(),
      answers: items.map((i: { criterionId: number; auto: string }) => ({
        criterionId: i.criterionId,
        met: true,
        note: i.auto === 'bedrag' ? 'De commissie mag een deel toekennen.' : '',
      })),
    });
    const meeting = await openMeeting(
      h,
      [app.id],
      h.members.slice(0, 4).map((m) => m.id),
    );
    const snapshot = fingerprint(h.core.db);
    expect(
      (await fails(h.core, h.token, 'meetings.propose', { itemId: meeting.items[0].id, proposedCents: 22_000_00 }))
        .fieldErrors,
    ).toEqual({ proposedCents: ['Het bedrag is hoger dan het maximum van de ronde (€ 20.000,00).'] });
    expect(fingerprint(h.core.db)).toBe(snapshot);
    await ok(h.core, h.token, 'meetings.propose', { itemId: meeting.items[0].id, proposedCents: 20_000_00 });
  });
});

describe('payments and accountability', () => {
  it('never pays more than the grant, not before the decision or in the future, and repays only when settling', async () => {
    const h = await budgetHouse();
    const id = await admissible(h, lbApplication(h.lb.id));
    await grant(h, [[id, 6000_00]]);
    const before = fingerprint(h.core.db);
    const pay = { applicationId: id, kind: 'voorschot', amountCents: 4800_00, paidOn: today(), reference: 'BET-7' };
    expect((await fails(h.core, h.token, 'grants.addPayment', { ...pay, amountCents: 6000_01 })).fieldErrors).toEqual({
      amountCents: ['Van de toekenning (€ 6.000,00) is € 0,00 betaald of gepland: er kan nog € 6.000,00 bij.'],
    });
    expect(
      (await fails(h.core, h.token, 'grants.addPayment', { ...pay, paidOn: addDays(today(), 1) })).fieldErrors,
    ).toEqual({ paidOn: ['De betaaldatum ligt in de toekomst: plan de termijn met een vervaldatum.'] });
    expect((await fails(h.core, h.token, 'grants.addPayment', { ...pay, paidOn: daysAgo(1) })).fieldErrors).toEqual({
      paidOn: [expect.stringMatching(/^De betaling kan niet voor het besluit \(.+\) liggen\.$/)],
    });
    expect((await fails(h.core, h.token, 'grants.addPayment', { ...pay, reference: '' })).fieldErrors).toEqual({
      reference: ['Vul het kenmerk van de betaling in.'],
    });
    expect((await fails(h.core, h.token, 'grants.addPayment', { ...pay, paidOn: null })).fieldErrors).toEqual({
      paidOn: ['Vul de betaaldatum in, of de geplande datum voor een termijn die nog komt.'],
    });
    expect((await fails(h.core, h.token, 'grants.addPayment', { ...pay, kind: 'terugbetaling' })).fieldErrors).toEqual({
      kind: ['Een terugbetaling hoort bij de afrekening, na de verantwoording.'],
    });
    expect(fingerprint(h.core.db)).toBe(before);

    const made = await ok(h.core, h.token, 'grants.addPayment', pay);
    const plannedTooMuch = await fails(h.core, h.token, 'grants.addPayment', {
      applicationId: id,
      kind: 'betaling',
      amountCents: 1500_00,
      dueOn: addDays(today(), 60),
    });
    expect(plannedTooMuch.fieldErrors).toEqual({
      amountCents: ['Van de toekenning (€ 6.000,00) is € 4.800,00 betaald of gepland: er kan nog € 1.200,00 bij.'],
    });
    const planned = await ok(h.core, h.token, 'grants.addPayment', {
      applicationId: id,
      kind: 'betaling',
      amountCents: 1200_00,
      dueOn: addDays(today(), 60),
    });
    expect(
      (await ok(h.core, h.token, 'grants.payments', { planned: true })).map(
        (p: { id: number; number: string }) => p.id,
      ),
    ).toEqual([planned.paymentId]);
    expect((await fails(h.core, h.token, 'grants.removePayment', { id: made.paymentId })).message).toBe(
      'Een betaalde termijn blijft staan; een teveel betaald bedrag wordt bij de afrekening terugbetaald.',
    );
    await ok(h.core, h.token, 'grants.removePayment', { id: planned.paymentId });
    expect((await ok(h.core, h.token, 'applications.get', { id })).money).toMatchObject({
      paidCents: 4800_00,
      plannedCents: 0,
      unscheduledCents: 1200_00,
    });
    expect((await fails(h.core, h.token, 'applications.withdraw', { id, reason: 'Stopt' })).message).toMatch(
      /^Op deze toekenning is al betaald/,
    );
  });

  it('accounts for actual costs on every cost line, spent within the grant and the actual reimbursable costs, and settles by paying the rest', async () => {
    const h = await budgetHouse();
    const id = await admissible(h, lbApplication(h.lb.id));
    await grant(h, [[id, 6000_00]]);
    await ok(h.core, h.token, 'grants.addPayment', {
      applicationId: id,
      kind: 'voorschot',
      amountCents: 4800_00,
      paidOn: today(),
      reference: 'BET-8',
    });
    const lines = (await ok(h.core, h.token, 'applications.get', { id })).costLines as { id: number }[];
    const input = {
      applicationId: id,
      accountedOn: today(),
      actualCosts: lines.map((l) => ({ costLineId: l.id, actualCents: 2000_00 })),
      actualReach: { ouderen: 20, jeugd: 10 },
      evaluation: 'Verliep goed.',
      spentCents: 3900_00,
    };
    const before = fingerprint(h.core.db);
    expect(
      (await fails(h.core, h.token, 'grants.account', { ...input, actualCosts: input.actualCosts.slice(1) }))
        .fieldErrors,
    ).toEqual({ actualCosts: ['Vul de werkelijke kosten in voor: Zaden, planten en gereedschap.'] });
    expect((await fails(h.core, h.token, 'grants.account', { ...input, spentCents: 6500_00 })).fieldErrors).toEqual({
      spentCents: ['Het bestede bedrag kan niet hoger zijn dan de toekenning (€ 6.000,00).'],
    });
    expect((await fails(h.core, h.token, 'grants.account', { ...input, spentCents: 4500_00 })).fieldErrors).toEqual({
      spentCents: ['Er is € 4.000,00 aan vergoedbare kosten gemaakt: meer kan er niet uit de bijdrage zijn besteed.'],
    });
    expect((await fails(h.core, h.token, 'grants.account', { ...input, evaluation: '' })).fieldErrors).toEqual({
      evaluation: ['Evaluatie is verplicht.'],
    });
    expect(fingerprint(h.core.db)).toBe(before);
    const accounted = await ok(h.core, h.token, 'grants.account', input);
    expect(accounted).toMatchObject({
      status: 'verantwoord',
      actualReach: { ouderen: 20, jeugd: 10, kwetsbare_bewoners: 0, overig: 0 },
      totals: { actualCostsCents: 6000_00 },
    });
    // Paid € 4.800 but spent only € 3.900: a planned instalment beyond what was spent is refused.
    expect(
      (
        await fails(h.core, h.token, 'grants.addPayment', {
          applicationId: id,
          kind: 'betaling',
          amountCents: 100_00,
          dueOn: addDays(today(), 7),
        })
      ).fieldErrors,
    ).toEqual({
      amountCents: ['Er is € 3.900,00 besteed en € 4.800,00 betaald of gepland: er kan nog € 0,00 worden betaald.'],
    });
    await ok(h.core, h.token, 'grants.addPayment', {
      applicationId: id,
      kind: 'terugbetaling',
      amountCents: 900_00,
      paidOn: today(),
      reference: 'ONTV-8',
    });
    const closed = await ok(h.core, h.token, 'grants.close', { applicationId: id, closedOn: today() });
    expect(closed.money).toMatchObject({ releasedCents: 2100_00, committedCents: 3900_00, paidCents: 3900_00 });
    expect(closed.history.map((r: { to: string }) => r.to)).toEqual([
      'ingediend',
      'ontvankelijk',
      'geagendeerd',
      'toegekend',
      'bevoorschot',
      'verantwoord',
      'afgesloten',
    ]);
    expect(await roundLedger(h)).toMatchObject({ committedCents: 3900_00, remainingCents: 46_100_00 });
  });
});
