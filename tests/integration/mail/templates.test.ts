import { describe, expect, it } from 'vitest';
import { fails, fingerprint, ok, openCore, setUp, tokenFor } from '../../helpers';
import { MAIL_TEMPLATES } from '../../../db/modules/mail/templates';
import { checkWording } from '../../../db/modules/mail/templates/render';
import { HOUSE_PLACEHOLDERS } from '../../../db/modules/mail/templates/send';
import { bookingHouse, single } from '../bookings/fixture';
import { outbox } from './templates-outbox';

async function house() {
  const core = await openCore();
  const token = await setUp(core);
  return { core, token };
}

interface Listed {
  key: string;
  audience: string;
  enabled: boolean;
  service: boolean;
  reworded: boolean;
  nl: { subject: string; body: string };
  en: { subject: string; body: string };
  placeholders: { name: string; description: string; house: boolean }[];
}

const listed = async (core: Awaited<ReturnType<typeof house>>['core'], token: string, key: string) =>
  ((await ok(core, token, 'templates.list')).templates as Listed[]).find((t) => t.key === key)!;

describe('the shipped templates', () => {
  it("use only their own placeholders and the house's, in valid Liquid", () => {
    for (const t of MAIL_TEMPLATES) {
      const allowed = [...Object.keys(t.placeholders), ...HOUSE_PLACEHOLDERS];
      for (const lang of ['nl', 'en'] as const) {
        expect(checkWording(t[lang].subject, allowed), `${t.key} ${lang}`).toBeNull();
        expect(checkWording(t[lang].body, allowed), `${t.key} ${lang}`).toBeNull();
      }
    }
  });

  it.each(MAIL_TEMPLATES.flatMap((t) => (['nl', 'en'] as const).map((lang) => [t.key, lang, t] as const)))(
    '%s (%s) previews with an example for every placeholder',
    async (key, lang, t) => {
      const { core, token } = await house();
      const preview = await ok(core, token, 'templates.preview', { key, language: lang, ...t[lang] });
      expect(preview.subject).not.toMatch(/\[|\{\{/);
      expect(preview.text).not.toMatch(/\[[a-z_]+\]|\{\{|\{%/);
    },
  );

  it('are listed for the beheerder with audience, wording, placeholders and whether they are service messages', async () => {
    const { core, token } = await house();
    const { templates, optionReminderDays } = await ok(core, token, 'templates.list');
    expect(optionReminderDays).toBe(3);
    expect(templates.map((t: Listed) => t.key)).toEqual(MAIL_TEMPLATES.map((t) => t.key));
    const reminder = templates.find((t: Listed) => t.key === 'boeking.optie_herinnering') as Listed;
    expect(reminder).toMatchObject({ audience: 'huurder', service: false, enabled: true, reworded: false });
    expect(reminder.placeholders).toContainEqual({
      name: 'optie_tot',
      description: 'Laatste dag van de optie',
      house: false,
    });
    expect(reminder.placeholders).toContainEqual({ name: 'huis', description: 'De naam van het huis', house: true });
    expect(templates.find((t: Listed) => t.key === 'boeking.factuur').service).toBe(true);
    const balie = await tokenFor(core, token, 'balie');
    expect((await fails(core, balie, 'templates.list')).code).toBe('FORBIDDEN');
  });
});

describe('rewording a template', () => {
  it('refuses an unknown placeholder or broken Liquid next to its field, and writes nothing', async () => {
    const { core, token } = await house();
    const t = await listed(core, token, 'boeking.bevestiging');
    const before = fingerprint(core.db);
    const error = await fails(core, token, 'templates.update', {
      key: t.key,
      enabled: true,
      nl: { subject: t.nl.subject, body: `${t.nl.body}\n{{ kortingscode }}` },
      en: { subject: 'Confirmed {% if titel %}', body: t.en.body },
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors['nl.body']).toEqual([
      'Onbekend veld in de tekst: {{ kortingscode }}. Gebruik alleen de velden in de lijst.',
    ]);
    expect(error.fieldErrors['en.subject']![0]).toMatch(/^De tekst klopt niet: /);
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['en.subject', 'nl.body']);
    expect(fingerprint(core.db)).toBe(before);
    const empty = await fails(core, token, 'templates.update', {
      key: t.key,
      enabled: true,
      nl: { ...t.nl, subject: ' ' },
      en: t.en,
    });
    expect(empty.fieldErrors['nl.subject']).toEqual(['Vul een onderwerp in.']);
    const unknown = await fails(core, token, 'templates.update', {
      key: 'bestaat.niet',
      enabled: true,
      nl: t.nl,
      en: t.en,
    });
    expect(unknown.fieldErrors.key).toEqual(['Dit bericht bestaat niet.']);
    expect(fingerprint(core.db)).toBe(before);
  });

  it('sends the own wording, and back to the standard text after a reset', async () => {
    const { core, token } = await house();
    const h = await bookingHouse(core, token);
    const renter = await ok(core, token, 'renters.create', {
      name: 'Stichting Noord',
      type: 'organisatie',
      email: 'info@noord.example',
      tariffCategoryId: h.sociaal.id,
    });
    const t = await listed(core, token, 'boeking.bevestiging');
    const saved = await ok(core, token, 'templates.update', {
      key: t.key,
      enabled: true,
      nl: { subject: 'Tot ziens op {{ datum }} in {{ huis }}', body: 'Hallo {{ naam }}, tot {{ datum }}!' },
      en: t.en,
    });
    expect(saved).toMatchObject({ reworded: true, nl: { subject: 'Tot ziens op {{ datum }} in {{ huis }}' } });
    await ok(core, token, 'bookings.create', single(h.zaal.id, renter.id));
    expect(outbox(core.db)[0]).toMatchObject({
      subject: 'Tot ziens op di 9 mrt 2027 in Huis van de Wijk Test',
      text_body: 'Hallo Stichting Noord, tot di 9 mrt 2027!\n',
    });
    const reset = await ok(core, token, 'templates.reset', { key: t.key });
    expect(reset).toMatchObject({ reworded: false, enabled: true, nl: t.nl });
    // The audit log says what happened, without the wording.
    const summaries = core.db
      .prepare("SELECT summary FROM audit_log WHERE entity = 'mail_templates' ORDER BY id")
      .all()
      .map((r) => (r as { summary: string }).summary);
    expect(summaries).toEqual([
      'Bericht boeking.bevestiging: tekst Nederlands gewijzigd',
      'Bericht boeking.bevestiging: terug naar de standaardtekst',
    ]);
  });

  it('previews a wording with example values, and refuses an unknown placeholder there too', async () => {
    const { core, token } = await house();
    const preview = await ok(core, token, 'templates.preview', {
      key: 'boeking.annulering',
      language: 'nl',
      subject: 'Afgezegd: {{ titel }}',
      body: 'Beste {{ naam }},\n\nReden: {{ reden }}\n\n{{ huis }}',
    });
    expect(preview).toMatchObject({
      subject: 'Afgezegd: Buurtvergadering',
      text: 'Beste Fatima Yilmaz,\n\nReden: De zaal is nodig voor de stembus.\n\nHuis van de Wijk Test\n',
    });
    expect(preview.html).toContain('<p style="margin:0 0 1em">Beste Fatima Yilmaz,</p>');
    const error = await fails(core, token, 'templates.preview', {
      key: 'boeking.annulering',
      language: 'nl',
      subject: 'Afgezegd',
      body: '{{ bedrag }}',
    });
    expect(error.fieldErrors).toEqual({
      body: ['Onbekend veld in de tekst: {{ bedrag }}. Gebruik alleen de velden in de lijst.'],
    });
  });

  it('keeps the option reminder days between 1 and 30', async () => {
    const { core, token } = await house();
    expect((await fails(core, token, 'templates.setOptionReminderDays', { days: 0 })).fieldErrors.days).toEqual([
      'Minstens 1 dag.',
    ]);
    await ok(core, token, 'templates.setOptionReminderDays', { days: 7 });
    expect((await ok(core, token, 'templates.list')).optionReminderDays).toBe(7);
    // The system settings still read as before.
    expect((await ok(core, token, 'settings.get')).backupKeep).toBe(14);
  });
});
