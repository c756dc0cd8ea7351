import { describe, expect, it } from 'vitest';
import { addDays } from '../../../db/platform/clock';
import { fails, fingerprint, ok, tokenFor } from '../../helpers';
import { today } from '../../clock';
import { bookingHouse, single } from '../bookings/fixture';
import { outbox, volunteersHouse } from './volunteersHouse';

const message = { subject: 'Het huis is dicht', text: 'Beste mensen,\n\nVolgende week is het huis dicht.\n\nGroet' };

type Recipient = { personId: number; email: string; skipped: string | null };
const sentTo = (recipients: Recipient[]) => recipients.filter((r) => r.skipped === null).map((r) => r.email);

describe('group messages to volunteers', () => {
  it('queue one message per recipient, the same people the preview showed, each without the others', async () => {
    const { core, token, roles, volunteer } = await volunteersHouse();
    await volunteer('Anna', 'anna@example.nl');
    await volunteer('Bert', 'bert@example.nl', { roleIds: [roles['balie']] });
    const cor = await volunteer('Cor', '');
    const dirk = await volunteer('Dirk', 'dirk@example.nl');
    await volunteer('Els', 'els@example.nl', { status: 'pauze' });
    await ok(core, token, 'mail.setChoices', {
      personKind: 'vrijwilliger',
      personId: dirk.id,
      language: 'en',
      reminders: false,
    });

    const recipients = await ok<Recipient[]>(core, token, 'mail.groupRecipients', { audience: 'vrijwilligers' });
    expect(recipients.map((r) => [r.email, r.skipped])).toEqual([
      ['anna@example.nl', null],
      ['bert@example.nl', null],
      ['', 'geen_adres'],
      ['dirk@example.nl', 'wil_geen'],
    ]);
    expect(recipients[2]!.personId).toBe(cor.id);

    const sent = await ok(core, token, 'mail.groupSend', { audience: 'vrijwilligers', ...message });
    expect(sent).toMatchObject({ queued: 2, withoutAddress: 1, optedOut: 1 });
    const rows = outbox(core, 'groep');
    expect(rows.map((r) => r.to_address)).toEqual(sentTo(recipients));
    expect(new Set(rows.map((r) => r.group_id))).toEqual(new Set([sent.groupId]));
    const addresses = ['anna@example.nl', 'bert@example.nl', 'dirk@example.nl', 'els@example.nl'];
    for (const row of rows) {
      expect(row.subject).toBe('Het huis is dicht');
      expect(row.text_body).toContain('Volgende week is het huis dicht.');
      for (const other of addresses.filter((a) => a !== row.to_address))
        expect(`${row.to_address} ${row.to_name} ${row.subject} ${row.text_body} ${row.html_body}`).not.toContain(
          other,
        );
    }

    // A notice for everyone reaches also who wants no optional messages; one role narrows the group.
    const service = await ok<Recipient[]>(core, token, 'mail.groupRecipients', {
      audience: 'vrijwilligers',
      service: true,
    });
    expect(sentTo(service)).toEqual(['anna@example.nl', 'bert@example.nl', 'dirk@example.nl']);
    await ok(core, token, 'mail.groupSend', { audience: 'vrijwilligers', service: true, ...message });
    expect(
      outbox(core, 'groep')
        .slice(2)
        .map((r) => [r.to_address, r.service]),
    ).toEqual([
      ['anna@example.nl', 1],
      ['bert@example.nl', 1],
      ['dirk@example.nl', 1],
    ]);
    const balie = await ok<Recipient[]>(core, token, 'mail.groupRecipients', {
      audience: 'vrijwilligers',
      roleId: roles['balie'],
    });
    expect(sentTo(balie)).toEqual(['bert@example.nl']);
  });

  it('refuses bad input and an empty group, with nothing written', async () => {
    const { core, token, volunteer } = await volunteersHouse();
    await volunteer('Cor', '');
    const before = fingerprint(core.db);
    expect(
      (await fails(core, token, 'mail.groupSend', { audience: 'vrijwilligers', subject: ' ', text: 'x' })).fieldErrors
        .subject,
    ).toEqual(['Onderwerp is verplicht.']);
    expect(
      (await fails(core, token, 'mail.groupSend', { audience: 'iedereen', ...message })).fieldErrors.audience,
    ).toEqual(['Kies aan wie het bericht gaat.']);
    expect(
      Object.keys((await fails(core, token, 'mail.groupSend', { audience: 'huurders', ...message })).fieldErrors),
    ).toEqual(['from', 'to']);
    expect(
      (await fails(core, token, 'mail.groupSend', { audience: 'vrijwilligers', roleId: 999, ...message })).fieldErrors
        .roleId,
    ).toEqual(['Kies een bestaande rol.']);
    expect(
      (await fails(core, token, 'mail.groupSend', { audience: 'vrijwilligers', ...message })).fieldErrors.audience?.[0],
    ).toMatch(/^Niemand in deze groep/);
    expect(fingerprint(core.db)).toBe(before);
  });
});

describe('group messages to renters and the committee', () => {
  it('reach renters with a booking in the period, for the beheerder only', async () => {
    const { core, token } = await volunteersHouse();
    const { kamer, gratis } = await bookingHouse(core, token);
    const renter = (name: string, email: string) =>
      ok<{ id: number }>(core, token, 'renters.create', {
        name,
        type: 'bewonersgroep',
        tariffCategoryId: gratis.id,
        email,
        contactPerson: `Contact ${name}`,
      });
    const inPeriod = await renter('Koor', 'koor@example.nl');
    const later = await renter('Later', 'later@example.nl');
    await ok(core, token, 'bookings.create', single(kamer.id, inPeriod.id));
    await ok(core, token, 'bookings.create', single(kamer.id, later.id, { date: '2027-03-30' }));
    const closure = { audience: 'huurders', from: '2027-03-08', to: '2027-03-14' };
    const recipients = await ok<(Recipient & { name: string })[]>(core, token, 'mail.groupRecipients', closure);
    expect(recipients.map((r) => [r.name, r.email])).toEqual([['Contact Koor (Koor)', 'koor@example.nl']]);
    await ok(core, token, 'mail.groupSend', { ...closure, service: true, ...message });
    expect(outbox(core, 'groep').map((r) => [r.to_address, r.person_kind, r.person_id])).toEqual([
      ['koor@example.nl', 'huurder', inPeriod.id],
    ]);

    const coordinator = await tokenFor(core, token, 'coordinator');
    expect((await fails(core, coordinator, 'mail.groupRecipients', closure)).code).toBe('FORBIDDEN');
    expect((await fails(core, coordinator, 'mail.groupSend', { ...closure, ...message })).code).toBe('FORBIDDEN');
    expect(await ok(core, coordinator, 'mail.groupRecipients', { audience: 'vrijwilligers' })).toEqual([]);
  });

  it('reach the sitting committee, sent by its secretary or the beheerder', async () => {
    const { core, token } = await volunteersHouse();
    const member = (name: string, email: string, extra: Record<string, unknown> = {}) =>
      ok<{ id: number }>(core, token, 'committee.createMember', {
        name,
        email,
        isResident: true,
        voting: true,
        termFrom: addDays(today(), -30),
        ...extra,
      });
    const secretaryToken = await tokenFor(core, token, 'commissie');
    const memberToken = await tokenFor(core, token, 'commissie');
    const userOf = async (t: string) => (await ok<{ user: { id: number } }>(core, t, 'auth.me')).user.id;
    const secretaryUser = await userOf(secretaryToken);
    const memberUser = await userOf(memberToken);
    await member('Sara', 'sara@example.nl', { isSecretary: true, userId: secretaryUser });
    await member('Mo', 'mo@example.nl', { userId: memberUser });
    await member('Oud', 'oud@example.nl', { termFrom: '2020-01-01', termTo: '2021-01-01' });

    const recipients = await ok<Recipient[]>(core, secretaryToken, 'mail.groupRecipients', { audience: 'commissie' });
    expect(sentTo(recipients)).toEqual(['mo@example.nl', 'sara@example.nl']);
    expect((await fails(core, memberToken, 'mail.groupSend', { audience: 'commissie', ...message })).code).toBe(
      'FORBIDDEN',
    );
    await ok(core, secretaryToken, 'mail.groupSend', { audience: 'commissie', ...message });
    expect(outbox(core, 'groep').map((r) => r.to_address)).toEqual(['mo@example.nl', 'sara@example.nl']);
  });
});
