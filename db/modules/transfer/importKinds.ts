import type { Db } from '../../platform/database';
import type { MethodSpec } from '../../contract/method';
import { RENTER_TYPES } from '../bookings/schemas';
import { VOLUNTEER_STATUSES } from '../roster/schemas';
import type { ImportKind } from './schemas';
import { normalizeName } from './importParse';
import { volunteerMethods } from '../roster/volunteers';
import { renterMethods } from '../bookings/renters';
import { roomMethods } from '../building/rooms';
import { budgetCommitteeMethods } from '../budget/committee';
import { msg } from '../../platform/messages';
import { choice, date, layouts, list, lookup, split, text, wholeNumber, yesNo, type Convert } from './importConvert';

export interface ImportField {
  key: string;
  /** The Dutch column name in the template; also what the suggested mapping matches first. */
  label: string;
  required: boolean;
  /** Other header names that mean this field, Dutch and English. */
  aliases: string[];
  /** How to write the value, shown under the mapping and in the template's help. */
  hint: string;
}

interface FieldDef extends ImportField {
  /** The create method's input property; the key when not given. */
  target?: string;
  convert: Convert;
}

export interface KindDef {
  kind: ImportKind;
  /** Plural, lower case: for messages (a `msg`: 'vrijwilligers' / 'volunteers') and, in Dutch, the audit log. */
  noun: string;
  entity: string;
  create: MethodSpec;
  fields: FieldDef[];
  /** Values a row gets when its column is missing or empty, where the create form has a default too. */
  defaults?: (today: string) => Record<string, unknown>;
  /** What makes two rows the same record, each with the words for the report. */
  identities: (input: Record<string, unknown>) => { key: string; what: string }[];
  existing: (db: Db) => { key: string; what: string; name: string }[];
  /** Rows are created in this order (lowest first), when file order could break a rule the whole file keeps. */
  rank?: (input: Record<string, unknown>) => number;
}

const field = (
  key: string,
  label: string,
  aliases: string[],
  convert: FieldDef['convert'],
  hint = '',
  more: Partial<FieldDef> = {},
): FieldDef => ({
  key,
  label,
  aliases,
  convert,
  hint,
  required: false,
  ...more,
});

const NAME = ['naam', 'name', 'volledige naam', 'full name', 'voor en achternaam'];
const EMAIL = ['e-mail', 'email', 'e-mailadres', 'emailadres', 'mail', 'email address'];
const PHONE = ['telefoon', 'telefoonnummer', 'tel', 'phone', 'phone number', 'mobiel', 'mobile'];
const NOTES = ['notities', 'notes', 'opmerkingen', 'opmerking', 'remarks', 'toelichting'];
const DATE_HINT = 'DD-MM-JJJJ of JJJJ-MM-DD';
const YES_NO_HINT = 'ja of nee';

const byName = (name: unknown) => ({
  key: `naam:${normalizeName(String(name ?? ''))}`,
  what: msg('dezelfde naam', 'the same name'),
});
const byEmail = (email: unknown) =>
  email
    ? [
        {
          key: `email:${String(email).trim().toLowerCase()}`,
          what: msg('hetzelfde e-mailadres', 'the same e-mail address'),
        },
      ]
    : [];
const existingPeople = (db: Db, table: string) =>
  (db.prepare(`SELECT name, email FROM ${table}`).all() as { name: string; email: string }[]).flatMap((r) => [
    { ...byName(r.name), name: r.name },
    ...byEmail(r.email).map((e) => ({ ...e, name: r.name })),
  ]);

const volunteers: KindDef = {
  kind: 'volunteers',
  noun: msg('vrijwilligers', 'volunteers'),
  entity: 'volunteers',
  create: volunteerMethods['volunteers.create'] as MethodSpec,
  fields: [
    field('name', 'Naam', NAME, text, '', { required: true }),
    field('email', 'E-mail', EMAIL, text),
    field('phone', 'Telefoon', PHONE, text),
    field(
      'dateOfBirth',
      'Geboortedatum',
      ['geboortedatum', 'geboren', 'date of birth', 'birth date', 'birthday'],
      date,
      DATE_HINT,
    ),
    field('address', 'Adres', ['adres', 'address', 'woonadres'], text),
    field('languages', 'Talen', ['talen', 'taal', 'languages', 'language'], list, 'gescheiden door komma’s'),
    field(
      'roles',
      'Rollen',
      ['rollen', 'rol', 'roles', 'role', 'taken', 'functie'],
      (raw, db) => lookup(db, 'SELECT id, name FROM volunteer_roles WHERE active = 1', split(raw), msg('rol', 'role')),
      'namen van bestaande rollen, gescheiden door komma’s',
      { target: 'roleIds' },
    ),
    field(
      'startDate',
      'Startdatum',
      ['startdatum', 'begonnen', 'start', 'start date', 'sinds', 'in dienst'],
      date,
      `${DATE_HINT}; leeg is vandaag`,
    ),
    field(
      'emergencyContact',
      'Contact bij nood',
      ['contact bij nood', 'noodcontact', 'emergency contact', 'in geval van nood'],
      text,
    ),
    field(
      'status',
      'Status',
      ['status'],
      choice({
        actief: ['actief', 'active'],
        pauze: ['pauze', 'gepauzeerd', 'paused'],
        gestopt: ['gestopt', 'stopped', 'inactief'],
      } satisfies Record<(typeof VOLUNTEER_STATUSES)[number], string[]>),
      'actief, pauze of gestopt; leeg is actief',
    ),
    field(
      'tegenprestatie',
      'Tegenprestatie',
      ['tegenprestatie', 'participatiewet', 'quid pro quo'],
      yesNo,
      YES_NO_HINT,
    ),
    field(
      'tegenprestatieHours',
      'Uren tegenprestatie per week',
      ['uren tegenprestatie per week', 'uren tegenprestatie', 'tegenprestatie uren', 'hours per week'],
      wholeNumber,
      'heel aantal uren',
    ),
    field(
      'consentOn',
      'Toestemming op',
      ['toestemming op', 'toestemming', 'consent', 'consent date', 'toestemmingsdatum'],
      date,
      DATE_HINT,
    ),
    field('consentPurpose', 'Toestemming voor', ['toestemming voor', 'doel toestemming', 'consent purpose'], text),
    field('notes', 'Notities', NOTES, text),
  ],
  defaults: (today) => ({ startDate: today }),
  identities: (v) => [...byEmail(v.email), byName(v.name)],
  existing: (db) => existingPeople(db, 'volunteers'),
};

const RENTER_WORDS: Record<(typeof RENTER_TYPES)[number], string[]> = {
  bewoner: ['bewoner', 'resident', 'particulier'],
  bewonersgroep: ['bewonersgroep', 'residents group', 'bewonersinitiatief'],
  organisatie: ['organisatie', 'organisation', 'organization', 'stichting', 'vereniging'],
  sociaal_ondernemer: ['sociaal ondernemer', 'social entrepreneur'],
  commercieel: ['commercieel', 'commercial', 'bedrijf', 'company'],
  welzijnsaanbieder: ['welzijnsaanbieder', 'welzijn', 'welfare provider'],
};

const renters: KindDef = {
  kind: 'renters',
  noun: msg('huurders', 'renters'),
  entity: 'renters',
  create: renterMethods['renters.create'] as MethodSpec,
  fields: [
    field('name', 'Naam', [...NAME, 'organisatie', 'huurder', 'renter'], text, '', { required: true }),
    field(
      'type',
      'Soort',
      ['soort', 'type', 'soort huurder', 'kind'],
      choice(RENTER_WORDS),
      'bewoner, bewonersgroep, organisatie, sociaal ondernemer, commercieel of welzijnsaanbieder',
      { required: true },
    ),
    field('contactPerson', 'Contactpersoon', ['contactpersoon', 'contact', 'contact person'], text),
    field('phone', 'Telefoon', PHONE, text),
    field('email', 'E-mail', EMAIL, text),
    field(
      'invoiceAddress',
      'Factuuradres',
      ['factuuradres', 'adres', 'invoice address', 'address', 'billing address'],
      text,
    ),
    field(
      'tariffCategory',
      'Tariefcategorie',
      ['tariefcategorie', 'tarief', 'categorie', 'tariff category', 'tariff'],
      (raw, db) => {
        const r = lookup(
          db,
          'SELECT id, name FROM tariff_categories WHERE active = 1',
          [raw],
          msg('tariefcategorie', 'tariff category'),
        );
        return 'error' in r ? r : { value: (r.value as number[])[0] };
      },
      'naam van een bestaande tariefcategorie',
      { required: true, target: 'tariffCategoryId' },
    ),
    field('keyRights', 'Sleutelrecht', ['sleutelrecht', 'sleutel', 'key rights', 'key'], yesNo, YES_NO_HINT),
    field('notes', 'Notities', NOTES, text),
  ],
  identities: (r) => [...byEmail(r.email), byName(r.name)],
  existing: (db) => existingPeople(db, 'renters'),
};

const rooms: KindDef = {
  kind: 'rooms',
  noun: msg('ruimtes', 'rooms'),
  entity: 'rooms',
  create: roomMethods['rooms.create'] as MethodSpec,
  fields: [
    field('name', 'Naam', [...NAME, 'ruimte', 'zaal', 'room'], text, '', { required: true }),
    field('description', 'Omschrijving', ['omschrijving', 'beschrijving', 'description'], text),
    field('floor', 'Verdieping', ['verdieping', 'etage', 'floor'], text),
    field(
      'areaM2',
      'Oppervlakte (m²)',
      ['oppervlakte', 'oppervlakte m2', 'm2', 'area', 'area m2', 'size'],
      wholeNumber,
      'hele vierkante meters',
    ),
    field(
      'layouts',
      'Opstellingen',
      ['opstellingen', 'opstelling', 'capaciteit', 'layouts', 'capacity'],
      layouts,
      'opstelling en aantal personen, bijvoorbeeld: theater 80, vergadering 20',
    ),
    field(
      'facilities',
      'Voorzieningen',
      ['voorzieningen', 'faciliteiten', 'facilities', 'equipment'],
      list,
      'gescheiden door komma’s',
    ),
    field(
      'wheelchairAccessible',
      'Rolstoeltoegankelijk',
      ['rolstoeltoegankelijk', 'rolstoel', 'toegankelijk', 'wheelchair accessible', 'wheelchair'],
      yesNo,
      YES_NO_HINT,
    ),
    field(
      'changeoverMinutes',
      'Wisseltijd (minuten)',
      ['wisseltijd', 'wisseltijd minuten', 'changeover', 'changeover minutes'],
      wholeNumber,
      'hele minuten',
    ),
    field('color', 'Kleur', ['kleur', 'color', 'colour'], text, '#RRGGBB'),
  ],
  identities: (r) => [byName(r.name)],
  existing: (db) =>
    (db.prepare('SELECT name FROM rooms').all() as { name: string }[]).map((r) => ({
      ...byName(r.name),
      name: r.name,
    })),
};

const memberIdentity = (name: unknown, termFrom: unknown) => ({
  key: `lid:${normalizeName(String(name ?? ''))}:${String(termFrom ?? '')}`,
  what: msg('dezelfde naam en hetzelfde begin van de termijn', 'the same name and the same start of the term'),
});

const committee: KindDef = {
  kind: 'committee',
  noun: msg('commissieleden', 'committee members'),
  entity: 'committee_members',
  create: budgetCommitteeMethods['committee.createMember'] as MethodSpec,
  fields: [
    field('name', 'Naam', NAME, text, '', { required: true }),
    field('phone', 'Telefoon', PHONE, text),
    field('email', 'E-mail', EMAIL, text),
    field(
      'termFrom',
      'Termijn vanaf',
      ['termijn vanaf', 'begin termijn', 'lid sinds', 'vanaf', 'term from', 'term start'],
      date,
      DATE_HINT,
      { required: true },
    ),
    field(
      'termTo',
      'Termijn tot en met',
      ['termijn tot en met', 'termijn tot', 'einde termijn', 'tot', 'term to', 'term end'],
      date,
      `${DATE_HINT}; leeg is zonder einde`,
    ),
    field('isResident', 'Bewoner', ['bewoner', 'bewoner van de wijk', 'resident'], yesNo, YES_NO_HINT, {
      required: true,
    }),
    field('voting', 'Stemgerechtigd', ['stemgerechtigd', 'stemrecht', 'voting'], yesNo, 'ja, of nee voor adviserend', {
      required: true,
    }),
    field('isWijkraad', 'Wijkraadslid', ['wijkraadslid', 'wijkraad', 'district council'], yesNo, YES_NO_HINT),
    field('isChair', 'Voorzitter', ['voorzitter', 'chair'], yesNo, YES_NO_HINT),
    field('isSecretary', 'Secretaris', ['secretaris', 'secretary'], yesNo, YES_NO_HINT),
    field('notes', 'Notities', NOTES, text),
  ],
  identities: (m) => [memberIdentity(m.name, m.termFrom)],
  existing: (db) =>
    (
      db.prepare('SELECT name, term_from AS termFrom FROM committee_members').all() as {
        name: string;
        termFrom: string;
      }[]
    ).map((m) => ({ ...memberIdentity(m.name, m.termFrom), name: m.name })),
  // The rule "most voting members are residents" is judged per added member; residents first means
  // a file that keeps the rule as a whole is not refused for the order of its rows.
  rank: (m) => (m.voting && m.isResident ? 0 : m.voting ? 2 : 1),
};

export const IMPORT_KIND_DEFS: Record<ImportKind, KindDef> = { volunteers, renters, rooms, committee };
