import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { emptyInput } from '../../contract/fields';
import { z } from '../../contract/zod';
import { ApiError } from '../../platform/errors';
import { msg, type Lang } from '../../platform/messages';
import { localDateTime } from '../../platform/clock';
import { MAIL_TEMPLATES, templateOf } from './templates';
import type { MailTemplate, Wording } from './templates/template';
import { checkWording, renderWording } from './templates/render';
import { HOUSE_PLACEHOLDERS, houseValues, wordingOf } from './templates/send';
import { OPTION_REMINDER_SETTING, optionReminderDays } from '../bookings/mail';
import { optionReminderInput, templateKey, templatePreview, templateUpdate } from './templateSchemas';

/**
 * The beheerder's settings of what the house sends: each template on or off, in its own words (only with the
 * template's placeholders, checked before anything is stored), back to the shipped words, and a preview.
 */

const HOUSE_DESCRIPTIONS: Record<(typeof HOUSE_PLACEHOLDERS)[number], string> = {
  huis: msg('De naam van het huis', 'The name of the house'),
  huis_telefoon: msg('Het telefoonnummer van het huis', "The house's phone number"),
  huis_email: msg('Het e-mailadres van het huis', "The house's e-mail address"),
};

/** Example values for the preview, by placeholder name (the names are shared between templates). */
const EXAMPLES: Record<string, { nl: unknown; en: unknown }> = {
  naam: { nl: 'Fatima Yilmaz', en: 'Fatima Yilmaz' },
  titel: { nl: 'Buurtvergadering', en: 'Buurtvergadering' },
  datum: { nl: 'di 9 mrt 2027', en: 'Tue 9 Mar 2027' },
  tijden: { nl: '19:00–21:30', en: '19:00–21:30' },
  tijd: { nl: '19:30', en: '19:30' },
  ruimtes: { nl: 'Zaal, Keuken', en: 'Zaal, Keuken' },
  data: { nl: '- di 9 mrt 2027, 19:00–21:30, Zaal', en: '- Tue 9 Mar 2027, 19:00–21:30, Zaal' },
  aantal: { nl: 1, en: 1 },
  prijs: { nl: '€ 70,00', en: '€70.00' },
  huisregels: { nl: 'Laat de ruimte netjes achter.\nOm 23:00 is het huis dicht.', en: 'Laat de ruimte netjes achter.' },
  optie_tot: { nl: 'vr 26 feb 2027', en: 'Fri 26 Feb 2027' },
  dagen: { nl: 3, en: 3 },
  was: { nl: 'di 2 mrt 2027, 19:00–21:30, Kamer', en: 'Tue 2 Mar 2027, 19:00–21:30, Kamer' },
  reden: { nl: 'De zaal is nodig voor de stembus.', en: 'The hall is needed for the election.' },
  nummer: { nl: 'LB-2027-004', en: 'LB-2027-004' },
  bedrag: { nl: '€ 1.250,00', en: '€1,250.00' },
  vervaldatum: { nl: 'ma 5 apr 2027', en: 'Mon 5 Apr 2027' },
  periode: { nl: 'ma 1 mrt 2027 – wo 31 mrt 2027', en: 'Mon 1 Mar 2027 – Wed 31 Mar 2027' },
  regeling: { nl: 'Lokaal Budget', en: 'Lokaal Budget' },
  ontvangen_op: { nl: 'ma 1 mrt 2027', en: 'Mon 1 Mar 2027' },
  besluit: { nl: 'toegekend', en: 'granted' },
  soort: { nl: 'voorschot', en: 'advance' },
  betaald_op: { nl: 'do 1 apr 2027', en: 'Thu 1 Apr 2027' },
  kenmerk: { nl: 'LB-2027-004 voorschot', en: 'LB-2027-004 voorschot' },
  uiterlijk: { nl: 'vr 31 dec 2027', en: 'Fri 31 Dec 2027' },
  plaats: { nl: 'Zaal', en: 'Zaal' },
  agenda: {
    nl: '1. LB-2027-004 Buurtmoestuin\n2. LB-2027-005 Kookclub',
    en: '1. LB-2027-004 Buurtmoestuin\n2. LB-2027-005 Kookclub',
  },
  aantal_punten: { nl: 2, en: 2 },
  diensten: {
    nl: '- ma 8 mrt 2027, 09:00–12:30: Koffieochtend (bar)\n- do 11 mrt 2027, 13:00–17:00: Inloop (gastvrouw/gastheer)',
    en: '- Mon 8 Mar 2027, 09:00–12:30: Koffieochtend (bar)\n- Thu 11 Mar 2027, 13:00–17:00: Inloop (gastvrouw/gastheer)',
  },
  dienst: { nl: 'Koffieochtend', en: 'Koffieochtend' },
  rol: { nl: 'bar', en: 'bar' },
  wordt: { nl: 'ma 8 mrt 2027, 10:00–13:30', en: 'Mon 8 Mar 2027, 10:00–13:30' },
  wanneer: { nl: 'ma 8 mrt 2027, 09:00–12:30', en: 'Mon 8 Mar 2027, 09:00–12:30' },
  vervallen: { nl: 'ja', en: 'ja' },
  certificaat: { nl: 'BHV', en: 'BHV' },
  verloopt_op: { nl: 'wo 14 apr 2027', en: 'Wed 14 Apr 2027' },
  vrijwilliger: { nl: 'Sanne de Vries', en: 'Sanne de Vries' },
};

/** The house's own name and contact details, or an example where one is not filled in yet. */
function houseExamples(db: Db): Record<string, string> {
  const house = houseValues(db);
  return {
    huis: house.huis || 'Huis van de Wijk',
    huis_telefoon: house.huis_telefoon || '010 123 45 67',
    huis_email: house.huis_email || 'info@huisvandewijk.nl',
  };
}

function exampleValues(db: Db, template: MailTemplate, language: Lang): Record<string, unknown> {
  const own = Object.keys(template.placeholders).map((name) => [name, EXAMPLES[name]?.[language] ?? `[${name}]`]);
  return { ...Object.fromEntries(own), ...houseExamples(db) };
}

const allowedOf = (t: MailTemplate) => [...Object.keys(t.placeholders), ...HOUSE_PLACEHOLDERS];

function templateOrRefuse(key: string): MailTemplate {
  const t = templateOf(key);
  if (!t) throw ApiError.field('key', msg('Dit bericht bestaat niet.', 'This message does not exist.'));
  return t;
}

interface Stored {
  subject_nl: string | null;
  body_nl: string | null;
  subject_en: string | null;
  body_en: string | null;
}

function stored(db: Db, key: string): Stored | undefined {
  return db.prepare('SELECT subject_nl, body_nl, subject_en, body_en FROM mail_templates WHERE key = ?').get(key) as
    Stored | undefined;
}

function viewOf(db: Db, t: MailTemplate) {
  const nl = wordingOf(db, t, 'nl');
  const en = wordingOf(db, t, 'en');
  const row = stored(db, t.key);
  return {
    key: t.key,
    audience: t.audience,
    title: t.title,
    when: t.when,
    service: t.service,
    enabled: nl.enabled,
    nl: { subject: nl.subject, body: nl.body },
    en: { subject: en.subject, body: en.body },
    reworded: !!row && Object.values(row).some((v) => v !== null),
    placeholders: [
      ...Object.entries(t.placeholders).map(([name, description]) => ({ name, description, house: false })),
      ...HOUSE_PLACEHOLDERS.map((name) => ({ name, description: HOUSE_DESCRIPTIONS[name], house: true })),
    ],
  };
}

/** Every field of a wording checked against the template's placeholders; all problems at once, next to their field. */
function refuseBadWording(t: MailTemplate, wordings: Record<Lang, Wording>): void {
  const errors: Record<string, string[]> = {};
  for (const lang of ['nl', 'en'] as const)
    for (const field of ['subject', 'body'] as const) {
      const problem = checkWording(wordings[lang][field], allowedOf(t));
      if (problem) errors[`${lang}.${field}`] = [problem];
    }
  if (Object.keys(errors).length)
    throw new ApiError(
      'VALIDATION',
      msg(
        'De tekst is niet opgeslagen: verbeter wat bij het veld staat.',
        'The text was not saved: correct what is shown by the field.',
      ),
      errors,
    );
}

const same = (a: string, b: string) => a.replace(/\r\n/g, '\n').trim() === b.replace(/\r\n/g, '\n').trim();

export const templateMethods = {
  'templates.list': method({
    description:
      'Alle berichten die het huis verstuurt: sleutel, doelgroep, naam, wanneer, dienstbericht of niet, aan of uit, de huidige tekst in het Nederlands en Engels, de velden met uitleg, en of de tekst is aangepast; met het aantal dagen voor de herinnering aan een optie.',
    access: ['beheerder'],
    mode: 'read',
    input: emptyInput,
    handler: ({ db }) => ({
      templates: MAIL_TEMPLATES.map((t) => viewOf(db, t)),
      optionReminderDays: optionReminderDays(db),
    }),
  }),
  'templates.update': method({
    description:
      'Zet een bericht aan of uit en slaat de eigen tekst op (onderwerp en tekst, Nederlands en Engels). Een onbekend veld of een tekst die niet klopt wordt bij het veld geweigerd; dan wordt niets opgeslagen.',
    access: ['beheerder'],
    mode: 'write',
    input: templateUpdate,
    handler: ({ db, clock, actor, audit }, input) => {
      const t = templateOrRefuse(input.key);
      refuseBadWording(t, { nl: input.nl, en: input.en });
      const before = viewOf(db, t);
      // The shipped words are stored as NULL, so a later improvement of them reaches this house too.
      const own = (lang: Lang, field: keyof Wording) =>
        same(input[lang][field], t[lang][field]) ? null : input[lang][field].replace(/\r\n/g, '\n');
      db.prepare(
        `INSERT INTO mail_templates (key, enabled, subject_nl, body_nl, subject_en, body_en, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET enabled = excluded.enabled, subject_nl = excluded.subject_nl, body_nl = excluded.body_nl,
           subject_en = excluded.subject_en, body_en = excluded.body_en, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      ).run(
        t.key,
        input.enabled ? 1 : 0,
        own('nl', 'subject'),
        own('nl', 'body'),
        own('en', 'subject'),
        own('en', 'body'),
        localDateTime(clock.now()),
        actor?.name ?? '',
      );
      const after = viewOf(db, t);
      const changes = [
        before.enabled !== after.enabled ? (after.enabled ? 'aangezet' : 'uitgezet') : '',
        (['nl', 'en'] as const)
          .filter((l) => before[l].subject !== after[l].subject || before[l].body !== after[l].body)
          .map((l) => `tekst ${l === 'nl' ? 'Nederlands' : 'Engels'} gewijzigd`)
          .join(', '),
      ].filter(Boolean);
      audit({ entity: 'mail_templates', summary: `Bericht ${t.key}: ${changes.join('; ') || 'niets gewijzigd'}` });
      return after;
    },
  }),
  'templates.reset': method({
    description: 'Zet de tekst van een bericht terug naar de standaardtekst (Nederlands en Engels); aan of uit blijft.',
    access: ['beheerder'],
    mode: 'write',
    input: z.object({ key: templateKey }),
    handler: ({ db, clock, actor, audit }, input) => {
      const t = templateOrRefuse(input.key);
      db.prepare(
        'UPDATE mail_templates SET subject_nl = NULL, body_nl = NULL, subject_en = NULL, body_en = NULL, updated_at = ?, updated_by = ? WHERE key = ?',
      ).run(localDateTime(clock.now()), actor?.name ?? '', t.key);
      audit({ entity: 'mail_templates', summary: `Bericht ${t.key}: terug naar de standaardtekst` });
      return viewOf(db, t);
    },
  }),
  'templates.preview': method({
    description:
      'Laat zien hoe een (nog niet opgeslagen) tekst eruitziet met voorbeeldwaarden: onderwerp, tekst en HTML. Een onbekend veld wordt bij het veld geweigerd.',
    access: ['beheerder'],
    mode: 'read',
    input: templatePreview,
    handler: ({ db }, input) => {
      const t = templateOrRefuse(input.key);
      const errors: Record<string, string[]> = {};
      for (const field of ['subject', 'body'] as const) {
        const problem = checkWording(input[field], allowedOf(t));
        if (problem) errors[field] = [problem];
      }
      if (Object.keys(errors).length)
        throw new ApiError(
          'VALIDATION',
          msg('Het voorbeeld kan niet worden gemaakt.', 'The preview cannot be made.'),
          errors,
        );
      return renderWording(input, exampleValues(db, t, input.language), input.language);
    },
  }),
  'templates.setOptionReminderDays': method({
    description: 'Hoeveel dagen voordat een optie verloopt de huurder een herinnering krijgt (1 tot 30).',
    access: ['beheerder'],
    mode: 'write',
    input: optionReminderInput,
    handler: ({ db, audit }, input) => {
      const before = optionReminderDays(db);
      db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ).run(OPTION_REMINDER_SETTING, JSON.stringify(input.days));
      audit({ entity: 'settings', summary: `Herinnering optie: ${before} → ${input.days} dagen van tevoren` });
      return { optionReminderDays: optionReminderDays(db) };
    },
  }),
};
