import { describe, expect, it } from 'vitest';
import { fingerprint, ok } from '../../helpers';
import {
  admissible,
  budgetHouse,
  lbApplication,
  openMeeting,
  today,
  voteAll,
  type BudgetHouse,
} from '../budget/fixture';
import { addDays, fixedClock } from '../../../db/platform/clock';
import { remindAccountability } from '../../../db/modules/budget/mail';
import { accountabilityDueOn } from '../../../db/modules/budget/documents/letter';
import { choose, outbox } from './templates-outbox';

/** Grants the application € 5.000 in a meeting where five members vote for; the meeting is left open. */
async function grantInMeeting(h: BudgetHouse, applicationId: number) {
  const voters = h.members.slice(0, 5);
  const meeting = await openMeeting(
    h,
    [applicationId],
    voters.map((m) => m.id),
  );
  const itemId = meeting.items[0].id;
  await ok(h.core, h.token, 'meetings.propose', { itemId, proposedCents: 5000_00 });
  await voteAll(
    h,
    itemId,
    voters.map((m) => [m.id, 'voor']),
  );
  await ok(h.core, h.token, 'meetings.decide', { itemId, motivation: 'Past bij de wijkopgave.' });
  return meeting;
}

describe('applicants', () => {
  it('get a receipt once an application is registered, at the desk or when a concept is submitted', async () => {
    const h = await budgetHouse();
    const registered = await ok(h.core, h.token, 'applications.create', lbApplication(h.lb.id));
    const concept = await ok(h.core, h.token, 'applications.create', lbApplication(h.lb.id, { register: false }));
    const receipts = outbox(h.core.db, 'aanvraag.ontvangst');
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatchObject({
      to_address: 'joke@moestuin.example',
      to_name: 'Joke de Vries',
      service: 1,
      person_kind: 'aanvrager',
      person_id: registered.id,
      related_entity: 'budget_applications',
      related_id: registered.id,
      subject: `Wij hebben uw aanvraag ${registered.number} ontvangen`,
    });
    expect(receipts[0]!.text_body).toContain('uw aanvraag voor Lokaal Budget ontvangen: "Samen tuinieren met ouderen"');

    // An applicant who chose English gets the receipt of the submitted concept in English.
    choose(h.core.db, 'aanvrager', concept.id, { language: 'en' });
    const submitted = await ok(h.core, h.token, 'applications.submit', { id: concept.id, receivedOn: today() });
    const english = outbox(h.core.db, 'aanvraag.ontvangst')[1]!;
    expect(english).toMatchObject({ language: 'en', subject: `We have received your application ${submitted.number}` });
    expect(outbox(h.core.db, 'aanvraag.ontvangst')).toHaveLength(2);
  });

  it('hear whether the application is admissible, and if not why, with the letter as a PDF', async () => {
    const h = await budgetHouse();
    const good = await admissible(h, lbApplication(h.lb.id));
    expect(outbox(h.core.db, 'aanvraag.ontvankelijk').map((m) => m.related_id)).toEqual([good]);

    const late = await ok(h.core, h.token, 'applications.create', lbApplication(h.lb.id, { title: 'Te laat' }));
    const checklist = await ok(h.core, h.token, 'eligibility.checklist', { applicationId: late.id });
    await ok(h.core, h.token, 'applications.assess', {
      id: late.id,
      assessedOn: today(),
      answers: checklist.items.map((i: { criterionId: number }, n: number) => ({
        criterionId: i.criterionId,
        met: n !== 0,
      })),
      motivation: 'Het is geen welzijnsactiviteit.',
    });
    const [refusal, ...more] = outbox(h.core.db, 'aanvraag.niet_ontvankelijk');
    expect(more).toEqual([]);
    expect(refusal).toMatchObject({ service: 1, subject: `Uw aanvraag ${late.number} voldoet niet aan de regels` });
    expect(refusal!.text_body).toContain('De reden: Het is geen welzijnsactiviteit.');
    expect(refusal!.attachments).toEqual([
      expect.objectContaining({
        document_kind: 'besluitbrief',
        document_id: late.id,
        filename: `besluitbrief-${late.number}.pdf`,
        // Rendered later by the sender, the letter is signed by who judged the application.
        document_params: JSON.stringify({ signedBy: 'Bea Beheer' }),
      }),
    ]);
  });

  it('get the decision letter when the meeting is closed, not at each vote', async () => {
    const h = await budgetHouse();
    const id = await admissible(h, lbApplication(h.lb.id));
    const meeting = await grantInMeeting(h, id);
    expect(outbox(h.core.db, 'aanvraag.besluit')).toEqual([]);
    await ok(h.core, h.token, 'meetings.close', { id: meeting.id });
    const [letter, ...more] = outbox(h.core.db, 'aanvraag.besluit');
    expect(more).toEqual([]);
    expect(letter!.text_body).toContain('Besluit: gedeeltelijk toegekend\nBedrag: € 5.000,00');
    expect(letter!.attachments).toEqual([expect.objectContaining({ document_kind: 'besluitbrief', document_id: id })]);
  });

  it('hear of each payment made, not of a planned one', async () => {
    const h = await budgetHouse();
    const id = await admissible(h, lbApplication(h.lb.id));
    await ok(h.core, h.token, 'meetings.close', { id: (await grantInMeeting(h, id)).id });
    await ok(h.core, h.token, 'grants.addPayment', {
      applicationId: id,
      kind: 'voorschot',
      amountCents: 2000_00,
      paidOn: today(),
      reference: 'BET-1',
    });
    const planned = await ok(h.core, h.token, 'grants.addPayment', {
      applicationId: id,
      kind: 'betaling',
      amountCents: 3000_00,
      dueOn: addDays(today(), 30),
    });
    expect(outbox(h.core.db, 'aanvraag.betaling')).toHaveLength(1);
    await ok(h.core, h.token, 'grants.markPaid', { id: planned.paymentId, paidOn: today(), reference: 'BET-2' });
    const payments = outbox(h.core.db, 'aanvraag.betaling');
    expect(payments.map((m) => m.subject)).toEqual([
      expect.stringMatching(/: voorschot van € 2\.000,00$/),
      expect.stringMatching(/: betaling van € 3\.000,00$/),
    ]);
    expect(payments[1]!.text_body).toContain('Kenmerk: BET-2');
  });

  it('are reminded once before the accountability is due, if they want reminders', async () => {
    const h = await budgetHouse();
    const id = await admissible(h, lbApplication(h.lb.id));
    const quiet = await admissible(h, lbApplication(h.lb.id, { title: 'Stille tuin' }));
    choose(h.core.db, 'aanvrager', quiet, { reminders: false });
    const meeting = await openMeeting(
      h,
      [id, quiet],
      h.members.slice(0, 5).map((m) => m.id),
    );
    for (const item of meeting.items) {
      await ok(h.core, h.token, 'meetings.propose', { itemId: item.id, proposedCents: 5000_00 });
      await voteAll(
        h,
        item.id,
        h.members.slice(0, 5).map((m) => [m.id, 'voor']),
      );
      await ok(h.core, h.token, 'meetings.decide', { itemId: item.id, motivation: 'Goed plan.' });
    }
    const round = await ok(h.core, h.token, 'budget.round', { id: h.lb.id });
    const due = accountabilityDueOn(lbApplication(h.lb.id).endDate, round.executionTo);
    const at = (date: string) => fixedClock(`${date}T08:00`);

    expect(remindAccountability(h.core.db, at(addDays(due, -15)))).toBe(0);
    const before = fingerprint(h.core.db);
    expect(remindAccountability(h.core.db, at(addDays(due, -14)))).toBe(1);
    expect(fingerprint(h.core.db)).not.toBe(before);
    expect(remindAccountability(h.core.db, at(addDays(due, -13)))).toBe(0);
    const [reminder, ...more] = outbox(h.core.db, 'aanvraag.verantwoording_herinnering');
    expect(more).toEqual([]);
    expect(reminder).toMatchObject({ service: 0, related_id: id, language: 'nl' });
    expect(reminder!.subject).toMatch(/^Herinnering: verantwoording voor /);
  });
});
