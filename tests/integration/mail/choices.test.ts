import { describe, expect, it } from 'vitest';
import { fails, fingerprint, ok, tokenFor } from '../../helpers';
import { bookingHouse } from '../bookings/fixture';
import { volunteersHouse } from './volunteersHouse';

describe('mail choices', () => {
  it('are Dutch with reminders until recorded, then kept with purpose, when and by whom', async () => {
    const { core, token, volunteer } = await volunteersHouse();
    const anna = await volunteer('Anna', 'anna@example.nl');
    const who = { personKind: 'vrijwilliger', personId: anna.id };
    expect(await ok(core, token, 'mail.choices', who)).toMatchObject({
      language: 'nl',
      reminders: true,
      recordedAt: null,
    });
    const saved = await ok(core, token, 'mail.setChoices', { ...who, language: 'en', reminders: false });
    expect(saved).toMatchObject({ language: 'en', reminders: false, recordedBy: 'Bea Beheer' });
    expect(saved.purpose).toMatch(/^Rooster/);
    expect(saved.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(core.db.prepare('SELECT person_kind, person_id, language, reminders FROM mail_choices').all()).toEqual([
      { person_kind: 'vrijwilliger', person_id: anna.id, language: 'en', reminders: 0 },
    ]);
    await ok(core, token, 'mail.setChoices', {
      ...who,
      language: 'nl',
      reminders: true,
      purpose: 'Alleen het rooster',
    });
    expect(await ok(core, token, 'mail.choices', who)).toMatchObject({
      language: 'nl',
      reminders: true,
      purpose: 'Alleen het rooster',
    });
  });

  it('refuse bad input and other roles, with nothing written', async () => {
    const { core, token, volunteer } = await volunteersHouse();
    const anna = await volunteer('Anna', 'anna@example.nl');
    const { gratis } = await bookingHouse(core, token);
    const renter = await ok(core, token, 'renters.create', {
      name: 'Koor',
      type: 'bewonersgroep',
      tariffCategoryId: gratis.id,
    });
    const coordinator = await tokenFor(core, token, 'coordinator');
    const balie = await tokenFor(core, token, 'balie');
    const who = { personKind: 'vrijwilliger', personId: anna.id };
    const before = fingerprint(core.db);
    expect(
      (await fails(core, token, 'mail.setChoices', { ...who, language: 'de', reminders: true })).fieldErrors.language,
    ).toEqual(['Kies Nederlands of Engels.']);
    expect(
      (await fails(core, token, 'mail.setChoices', { ...who, language: 'nl', reminders: 'ja' })).fieldErrors.reminders,
    ).toEqual(['Kies ja of nee.']);
    expect(
      (await fails(core, token, 'mail.setChoices', { ...who, personId: 9999, language: 'nl', reminders: true }))
        .fieldErrors.personId,
    ).toEqual(['Deze persoon bestaat niet.']);
    expect(
      (
        await fails(core, token, 'mail.setChoices', {
          personKind: 'buurman',
          personId: 1,
          language: 'nl',
          reminders: true,
        })
      ).fieldErrors.personKind,
    ).toBeDefined();
    expect((await fails(core, balie, 'mail.choices', who)).code).toBe('FORBIDDEN');
    expect(
      (
        await fails(core, coordinator, 'mail.setChoices', {
          personKind: 'huurder',
          personId: renter.id,
          language: 'nl',
          reminders: false,
        })
      ).code,
    ).toBe('FORBIDDEN');
    expect(fingerprint(core.db)).toBe(before);
    // The coördinator records a volunteer's; a user their own.
    await ok(core, coordinator, 'mail.setChoices', { ...who, language: 'en', reminders: true });
    const me = (await ok(core, balie, 'auth.me')).user.id;
    await ok(core, balie, 'mail.setChoices', {
      personKind: 'gebruiker',
      personId: me,
      language: 'en',
      reminders: false,
    });
  });

  it('go with addresses that are refused next to the field when they are not addresses', async () => {
    const { core, token, volunteer } = await volunteersHouse();
    const { gratis } = await bookingHouse(core, token);
    const before = fingerprint(core.db);
    const wrong = ['Dit is geen geldig e-mailadres.'];
    expect(
      (await fails(core, token, 'volunteers.create', { name: 'X', email: 'x@', startDate: '2024-01-01' })).fieldErrors
        .email,
    ).toEqual(wrong);
    expect(
      (
        await fails(core, token, 'renters.create', {
          name: 'X',
          type: 'bewoner',
          tariffCategoryId: gratis.id,
          email: 'x y@z.nl',
        })
      ).fieldErrors.email,
    ).toEqual(wrong);
    expect(
      (
        await fails(core, token, 'committee.createMember', {
          name: 'X',
          email: 'x@z',
          isResident: true,
          voting: true,
          termFrom: '2026-01-01',
        })
      ).fieldErrors.email,
    ).toEqual(wrong);
    expect(
      (
        await fails(core, token, 'users.create', {
          name: 'X',
          username: 'xx-x',
          role: 'balie',
          password: 'correct-paard-batterij',
          email: 'geen adres',
        })
      ).fieldErrors.email,
    ).toEqual(wrong);
    expect(fingerprint(core.db)).toBe(before);
    void volunteer;
  });
});
