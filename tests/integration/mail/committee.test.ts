import { describe, expect, it } from 'vitest';
import { fails, fingerprint, ok } from '../../helpers';
import { admissible, budgetHouse, lbApplication, today, type BudgetHouse } from '../budget/fixture';
import { choose, outbox } from './templates-outbox';

/** Gives all but the last voting member an address. */
function addresses(h: BudgetHouse) {
  const withAddress = [...h.members.slice(0, -1), h.secretary];
  const set = h.core.db.prepare('UPDATE committee_members SET email = ? WHERE id = ?');
  for (const m of withAddress) set.run(`lid${m.id}@commissie.example`, m.id);
  return withAddress;
}

async function plannedMeeting(h: BudgetHouse) {
  const id = await admissible(h, lbApplication(h.lb.id));
  const meeting = await ok(h.core, h.token, 'meetings.create', {
    date: today(),
    startTime: '19:30',
    location: 'Vergaderkamer 1',
  });
  return { meeting, applicationId: id };
}

describe('committee members', () => {
  it('get the invitation with the agenda pack when it is mailed, each their own message', async () => {
    const h = await budgetHouse();
    const withAddress = addresses(h);
    choose(h.core.db, 'commissielid', withAddress[1]!.id, { language: 'en' });
    const { meeting, applicationId } = await plannedMeeting(h);

    // Saving the agenda sends nothing; an empty agenda is refused.
    const empty = await fails(h.core, h.token, 'meetings.mailInvitation', { id: meeting.id });
    expect(empty.message).toBe(
      'De agenda is nog leeg. Zet eerst aanvragen op de agenda, dan kun je de uitnodiging mailen.',
    );
    await ok(h.core, h.token, 'meetings.setAgenda', { id: meeting.id, applicationIds: [applicationId] });
    expect(outbox(h.core.db, 'commissie.uitnodiging')).toEqual([]);

    const result = await ok(h.core, h.token, 'meetings.mailInvitation', { id: meeting.id });
    expect(result.sent).toHaveLength(withAddress.length);
    expect(result.withoutAddress).toEqual([h.members.at(-1)!.name]);
    const mails = outbox(h.core.db, 'commissie.uitnodiging');
    expect(mails.map((m) => m.to_address).sort()).toEqual(
      withAddress.map((m) => `lid${m.id}@commissie.example`).sort(),
    );
    const first = mails.find((m) => m.person_id === withAddress[0]!.id)!;
    expect(first).toMatchObject({
      person_kind: 'commissielid',
      related_entity: 'budget_meetings',
      related_id: meeting.id,
      service: 1,
    });
    expect(first.created_by).toBe('Bea Beheer');
    expect(first.text_body).toContain('om 19:30\nWaar: Vergaderkamer 1');
    expect(first.text_body).toMatch(/De aanvragen op de agenda:\n1\. LB-\S+ Samen tuinieren met ouderen/);
    expect(first.attachments).toEqual([
      expect.objectContaining({ document_kind: 'agendapakket', document_id: meeting.id, filename: 'vergaderstuk.pdf' }),
    ]);
    expect(mails.find((m) => m.person_id === withAddress[1]!.id)).toMatchObject({
      language: 'en',
      subject: expect.stringMatching(/^Invitation: committee meeting on /),
    });
  });

  it('get the minutes only once the meeting is closed', async () => {
    const h = await budgetHouse();
    addresses(h);
    const { meeting } = await plannedMeeting(h);
    const before = fingerprint(h.core.db);
    const early = await fails(h.core, h.token, 'meetings.mailMinutes', { id: meeting.id });
    expect(early.code).toBe('CONFLICT');
    expect(fingerprint(h.core.db)).toBe(before);
    await ok(h.core, h.token, 'meetings.attendance', {
      id: meeting.id,
      members: [...h.members, h.secretary].map((m) => ({ memberId: m.id, status: 'aanwezig' })),
    });
    await ok(h.core, h.token, 'meetings.open', { id: meeting.id });
    expect((await fails(h.core, h.token, 'meetings.mailInvitation', { id: meeting.id })).code).toBe('CONFLICT');
    await ok(h.core, h.token, 'meetings.close', { id: meeting.id });
    await ok(h.core, h.token, 'meetings.mailMinutes', { id: meeting.id });
    const minutes = outbox(h.core.db, 'commissie.notulen');
    expect(minutes).toHaveLength(7);
    expect(minutes[0]!.attachments).toEqual([
      expect.objectContaining({ document_kind: 'notulen', document_id: meeting.id, filename: 'notulen.pdf' }),
    ]);
  });

  it('are not mailed when nobody has an address, and the refusal says so', async () => {
    const h = await budgetHouse();
    const { meeting, applicationId } = await plannedMeeting(h);
    await ok(h.core, h.token, 'meetings.setAgenda', { id: meeting.id, applicationIds: [applicationId] });
    const error = await fails(h.core, h.token, 'meetings.mailInvitation', { id: meeting.id });
    expect(error.message).toContain('geen van de leden heeft een e-mailadres');
  });
});
