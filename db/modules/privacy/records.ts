import type { Db } from '../../platform/database';
import type { EraseScope, RecordType, RegisterKind } from './schemas';
import { formatDateNl } from '../../platform/clock';
import { anonymiseIncident } from '../beheer/incidents';

/** What every erasure needs to know: today, the moment, who asks, and from which date the fiscal period runs. */
export interface EraseEnv {
  today: string;
  now: string;
  actorId: number | null;
  /** Financial records dated on or after this day are inside the fiscal retention period. */
  fiscalFrom: string;
  fiscalMonths: number;
}

/** Which erasures a record allows now; an empty list is a refusal, and note says why (in Dutch). */
export interface EraseOptions {
  scopes: EraseScope[];
  note: string | null;
}

/** One kind of record that holds personal data: how to find it, what to export with it, how to erase it. */
export interface RecordDef {
  type: RecordType;
  kind: RegisterKind;
  table: string;
  /** Text columns searched for a name or e-mail address. */
  text: string[];
  /** Phone columns, compared on digits only. */
  phone?: string[];
  /** Extra SQL condition on the record (alias t). */
  where?: string;
  /** SQL expressions (alias t) for the result list. */
  title: string;
  detail: string;
  link: (id: number) => string;
  /** Columns whose values are this person's; they are scrubbed from the audit log on erasure. */
  personal: string[];
  /** Columns left out of an export (secrets, file contents). */
  omit?: string[];
  /** Related rows exported with the record: SQL with one ? for the record id. */
  related?: Record<string, string>;
  options: (db: Db, id: number, env: EraseEnv) => EraseOptions;
  erase: (db: Db, id: number, scope: EraseScope, env: EraseEnv) => void;
}

export const ANONYMISED_NAME = 'Geanonimiseerd';
const FULL: EraseOptions = { scopes: ['volledig', 'contact'], note: null };
const ONLY_FULL: EraseOptions = { scopes: ['volledig'], note: null };
const refuse = (note: string): EraseOptions => ({ scopes: [], note });

const count = (db: Db, sql: string, ...args: unknown[]): number => (db.prepare(sql).get(...args) as { n: number }).n;

/** The day a financial record dated `date` leaves the fiscal period. */
function fiscalUntil(date: string, env: EraseEnv): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + env.fiscalMonths);
  return formatDateNl(d.toISOString().slice(0, 10));
}

/** Columns that hold the name of the user who did something; replaced when that user's account is anonymised. */
const ACTOR_NAME_COLUMNS: [table: string, column: string][] = [
  ['logbook_entries', 'author_name'],
  ['logbook_entries', 'acknowledged_by'],
  ['checklist_runs', 'user_name'],
  ['incidents', 'reported_by_name'],
  ['key_handouts', 'handed_out_by'],
  ['key_handouts', 'returned_to'],
  ['volunteer_certificates', 'seen_by'],
  ['session_counts', 'updated_by'],
  ['house_info', 'updated_by'],
  ['budget_status_history', 'user_name'],
  ['budget_attachments', 'added_by'],
  ['budget_payments', 'created_by'],
  ['budget_meeting_items', 'decided_by'],
  ['budget_declarations', 'recorded_by'],
  ['budget_votes', 'recorded_by'],
  ['budget_scores', 'recorded_by'],
  ['retention_periods', 'updated_by'],
  ['retention_job', 'enabled_by'],
  ['retention_runs', 'user_name'],
];

const FINAL_APPLICATION = "('niet_ontvankelijk', 'afgewezen', 'afgesloten', 'ingetrokken')";
/** The day an application ended: closed, decided, or last changed. */
export const APPLICATION_END = 'coalesce(closed_on, decided_on, substr(updated_at, 1, 10))';

const volunteer: RecordDef = {
  type: 'vrijwilliger',
  kind: 'vrijwilliger',
  table: 'volunteers',
  text: ['name', 'email', 'address', 'emergency_contact'],
  phone: ['phone'],
  title: 't.name',
  detail: "'Vrijwilliger (' || t.status || '), sinds ' || t.start_date",
  link: (id) => `/vrijwilligers/${id}`,
  personal: ['name', 'email', 'phone', 'address', 'emergency_contact'],
  related: {
    rollen:
      'SELECT r.name AS rol FROM volunteer_role_links l JOIN volunteer_roles r ON r.id = l.role_id WHERE l.volunteer_id = ? ORDER BY r.name',
    beschikbaarheid:
      'SELECT weekday AS weekdag, daypart AS dagdeel FROM volunteer_availability WHERE volunteer_id = ? ORDER BY weekday',
    certificaten:
      'SELECT kind AS soort, name AS naam, issued_on AS afgegeven, expires_on AS verloopt, seen_on AS gezien_op, seen_by AS gezien_door FROM volunteer_certificates WHERE volunteer_id = ?',
    afwezigheid:
      'SELECT from_date AS van, to_date AS tot, reason AS reden FROM volunteer_absences WHERE volunteer_id = ? ORDER BY from_date',
    diensten: `SELECT s.date AS datum, s.title AS dienst, s.start AS begin, s.end AS eind, a.status, a.no_show AS niet_verschenen
      FROM assignments a JOIN shifts s ON s.id = a.shift_id WHERE a.volunteer_id = ? ORDER BY s.start`,
    uren: 'SELECT date AS datum, minutes AS minuten, description AS omschrijving FROM volunteer_hours WHERE volunteer_id = ? ORDER BY date',
    vergoedingen:
      'SELECT paid_on AS betaald_op, amount_cents AS bedrag_centen, description AS omschrijving FROM volunteer_allowances WHERE volunteer_id = ? ORDER BY paid_on',
  },
  options: (db, id, env) => {
    const future = count(
      db,
      "SELECT count(*) AS n FROM assignments a JOIN shifts s ON s.id = a.shift_id WHERE a.volunteer_id = ? AND s.date >= ? AND a.status <> 'afgemeld' AND s.cancelled = 0",
      id,
      env.today,
    );
    if (future)
      return refuse(
        `Staat nog ingeroosterd op ${future} komende dienst(en). Meld deze vrijwilliger eerst af in het rooster.`,
      );
    const paid = db
      .prepare('SELECT max(paid_on) AS last FROM volunteer_allowances WHERE volunteer_id = ? AND paid_on >= ?')
      .get(id, env.fiscalFrom) as { last: string | null };
    if (paid.last)
      return {
        scopes: ['contact'],
        note: `Heeft vrijwilligersvergoedingen binnen de fiscale bewaartermijn (tot ${fiscalUntil(paid.last, env)}): naam en adres blijven tot dan, de overige gegevens kunnen weg.`,
      };
    return FULL;
  },
  erase: (db, id, scope, env) => {
    const keepIdentity = scope === 'contact';
    db.prepare(
      `UPDATE volunteers SET ${keepIdentity ? '' : "name = ?, address = '',"} phone = '', email = '', date_of_birth = NULL, languages = '[]', emergency_contact = '',
      notes = '', consent_on = NULL, consent_purpose = '', status = 'gestopt', stopped_on = coalesce(stopped_on, ?) WHERE id = ?`,
    ).run(...(keepIdentity ? [] : [ANONYMISED_NAME]), env.today, id);
    for (const table of ['volunteer_availability', 'volunteer_absences', 'volunteer_certificates'])
      db.prepare(`DELETE FROM ${table} WHERE volunteer_id = ?`).run(id);
    // Minutes, amounts and shifts stay for the totals; the free texts beside them may describe the person.
    db.prepare("UPDATE volunteer_hours SET description = '' WHERE volunteer_id = ?").run(id);
    if (!keepIdentity) db.prepare("UPDATE volunteer_allowances SET description = '' WHERE volunteer_id = ?").run(id);
    db.prepare("UPDATE assignments SET no_show_reason = '' WHERE volunteer_id = ?").run(id);
  },
};

const renter: RecordDef = {
  type: 'huurder',
  kind: 'huurder',
  table: 'renters',
  text: ['name', 'contact_person', 'email', 'invoice_address'],
  phone: ['phone'],
  title: "t.name || CASE WHEN t.contact_person <> '' THEN ' (contact: ' || t.contact_person || ')' ELSE '' END",
  detail: "'Huurder (' || t.type || ')' || CASE WHEN t.active = 0 THEN ', gearchiveerd' ELSE '' END",
  link: () => '/huurders',
  personal: ['name', 'contact_person', 'email', 'phone', 'invoice_address'],
  related: {
    boekingen:
      'SELECT id, title AS titel, start AS begin, end AS eind, status, price_cents AS prijs_centen, payment_status AS betaalstatus, key_holder AS sleutelhouder FROM bookings WHERE renter_id = ? ORDER BY start',
    facturen:
      'SELECT number AS nummer, issued_on AS datum, total_cents AS totaal_centen, status FROM invoices WHERE renter_id = ? ORDER BY issued_on',
    sleutels:
      'SELECT k.label AS sleutel, h.holder_name AS houder, h.handed_out_on AS uitgegeven, h.returned_on AS ingenomen FROM key_handouts h JOIN key_items k ON k.id = h.key_id WHERE h.renter_id = ?',
  },
  options: (db, id, env) => {
    const open = count(db, "SELECT count(*) AS n FROM invoices WHERE renter_id = ? AND status = 'open'", id);
    if (open)
      return refuse(
        `Heeft nog ${open} openstaande factuur/facturen. Anonimiseer pas als die betaald of vervallen zijn.`,
      );
    const future = count(
      db,
      "SELECT count(*) AS n FROM bookings WHERE renter_id = ? AND end >= ? AND status <> 'geannuleerd'",
      id,
      env.today,
    );
    if (future)
      return refuse(`Heeft nog ${future} komende boeking(en). Annuleer die eerst of zet ze op een andere huurder.`);
    const last = db
      .prepare('SELECT max(issued_on) AS last FROM invoices WHERE renter_id = ? AND issued_on >= ?')
      .get(id, env.fiscalFrom) as { last: string | null };
    if (last.last)
      return {
        scopes: ['contact'],
        note: `Facturen vallen onder de fiscale bewaarplicht (tot ${fiscalUntil(last.last, env)}): naam en factuuradres blijven, contactpersoon, telefoon en e-mail kunnen weg.`,
      };
    return FULL;
  },
  erase: (db, id, scope) => {
    if (scope === 'volledig')
      db.prepare("UPDATE renters SET name = ?, invoice_address = '' WHERE id = ?").run(ANONYMISED_NAME, id);
    db.prepare(
      "UPDATE renters SET contact_person = '', phone = '', email = '', notes = '', key_rights = 0, active = 0 WHERE id = ?",
    ).run(id);
    db.prepare("UPDATE bookings SET key_holder = '', notes = '' WHERE renter_id = ?").run(id);
  },
};

const application: RecordDef = {
  type: 'aanvraag',
  kind: 'aanvrager',
  table: 'budget_applications',
  text: ['applicant_name', 'contact_name', 'contact_email', 'contact_address'],
  phone: ['contact_phone'],
  title:
    "coalesce(t.number || ' ', '') || t.title || ' – ' || t.applicant_name || CASE WHEN t.contact_name <> '' THEN ' (contact: ' || t.contact_name || ')' ELSE '' END",
  detail: "'Aanvraag (' || t.status || ')'",
  link: (id) => `/aanvragen/${id}`,
  personal: ['applicant_name', 'contact_name', 'contact_email', 'contact_phone', 'contact_address', 'iban'],
  related: {
    partners:
      'SELECT name AS naam, contact_name AS contactpersoon, contact_email AS email, contact_phone AS telefoon, role AS rol FROM budget_partners WHERE application_id = ?',
    bijlagen:
      'SELECT file_name AS bestand, mime_type AS soort, size_bytes AS grootte, added_at AS toegevoegd FROM budget_attachments WHERE application_id = ?',
    statusgeschiedenis:
      'SELECT at AS moment, from_status AS van, to_status AS naar FROM budget_status_history WHERE application_id = ? ORDER BY at',
    betalingen:
      'SELECT kind AS soort, amount_cents AS bedrag_centen, due_on AS gepland, paid_on AS betaald FROM budget_payments WHERE application_id = ? ORDER BY coalesce(paid_on, due_on)',
  },
  options: (db, id, env) => {
    const row = db
      .prepare(
        `SELECT status, granted_cents AS granted, ${APPLICATION_END} AS ended, status IN ${FINAL_APPLICATION} AS final,
      (SELECT count(*) FROM budget_payments p WHERE p.application_id = a.id) AS payments FROM budget_applications a WHERE id = ?`,
      )
      .get(id) as { status: string; granted: number; ended: string; final: number; payments: number };
    if (!row.final)
      return refuse(
        `Deze aanvraag loopt nog (status: ${row.status.replace(/_/g, ' ')}). Rond haar eerst af of trek haar in.`,
      );
    if ((row.granted > 0 || row.payments > 0) && row.ended >= env.fiscalFrom) {
      return {
        scopes: ['contact'],
        note: `Toegekend of betaald geld valt onder de fiscale bewaarplicht (tot ${fiscalUntil(row.ended, env)}): naam en IBAN blijven, telefoon, e-mail en adres kunnen weg.`,
      };
    }
    return FULL;
  },
  erase: (db, id, scope) => {
    db.prepare(
      "UPDATE budget_applications SET contact_phone = '', contact_email = '', contact_address = '', involvement = '', notes = '' WHERE id = ?",
    ).run(id);
    if (scope === 'contact') return;
    // An organisation's name is no personal data; a resident's (group's) name is.
    db.prepare(
      `UPDATE budget_applications SET applicant_name = CASE WHEN applicant_type IN ('bewoner', 'bewonersgroep') THEN ? ELSE applicant_name END,
      contact_name = '', iban = '' WHERE id = ?`,
    ).run(ANONYMISED_NAME, id);
    db.prepare('DELETE FROM budget_attachments WHERE application_id = ?').run(id);
    db.prepare(
      "UPDATE budget_partners SET contact_name = '', contact_email = '', contact_phone = '' WHERE application_id = ?",
    ).run(id);
  },
};

const partner: RecordDef = {
  type: 'partner',
  kind: 'aanvrager',
  table: 'budget_partners',
  text: ['contact_name', 'contact_email', 'name'],
  phone: ['contact_phone'],
  title: "t.name || CASE WHEN t.contact_name <> '' THEN ' (contact: ' || t.contact_name || ')' ELSE '' END",
  detail:
    "'Partner bij aanvraag ' || coalesce((SELECT coalesce(a.number, a.title) FROM budget_applications a WHERE a.id = t.application_id), '')",
  link: () => '/aanvragen',
  personal: ['contact_name', 'contact_email', 'contact_phone'],
  options: () => ONLY_FULL,
  erase: (db, id) => {
    db.prepare("UPDATE budget_partners SET contact_name = '', contact_email = '', contact_phone = '' WHERE id = ?").run(
      id,
    );
  },
};

const committeeMember: RecordDef = {
  type: 'commissielid',
  kind: 'commissielid',
  table: 'committee_members',
  text: ['name', 'email'],
  phone: ['phone'],
  title: 't.name',
  detail: "'Commissielid, termijn ' || t.term_from || ' – ' || coalesce(t.term_to, 'heden')",
  link: () => '/commissie',
  personal: ['name', 'email', 'phone'],
  related: {
    aanwezigheid:
      'SELECT m.date AS datum, a.status FROM budget_attendance a JOIN budget_meetings m ON m.id = a.meeting_id WHERE a.member_id = ? ORDER BY m.date',
    stemmen: `SELECT m.date AS datum, coalesce(ap.number, ap.title) AS aanvraag, v.vote AS stem FROM budget_votes v JOIN budget_meeting_items i ON i.id = v.item_id
      JOIN budget_meetings m ON m.id = i.meeting_id JOIN budget_applications ap ON ap.id = i.application_id WHERE v.member_id = ? ORDER BY m.date`,
    verklaringen: `SELECT m.date AS datum, coalesce(ap.number, ap.title) AS aanvraag, d.reason AS reden FROM budget_declarations d JOIN budget_meeting_items i ON i.id = d.item_id
      JOIN budget_meetings m ON m.id = i.meeting_id JOIN budget_applications ap ON ap.id = i.application_id WHERE d.member_id = ? ORDER BY m.date`,
  },
  options: (db, id, env) => {
    const row = db.prepare('SELECT term_to AS termTo FROM committee_members WHERE id = ?').get(id) as {
      termTo: string | null;
    };
    if (row.termTo === null || row.termTo >= env.today)
      return refuse('Is nog lid van de commissie. Vul eerst het einde van de zittingstermijn in.');
    return ONLY_FULL;
  },
  // Votes and attendance stay (the decisions and their counts are the committee's record); the name goes.
  erase: (db, id) => {
    db.prepare("UPDATE committee_members SET name = ?, phone = '', email = '', notes = '' WHERE id = ?").run(
      `${ANONYMISED_NAME} commissielid ${id}`,
      id,
    );
  },
};

const user: RecordDef = {
  type: 'gebruiker',
  kind: 'gebruiker',
  table: 'users',
  text: ['name', 'username'],
  title: "t.name || ' (' || t.username || ')'",
  detail: "'Gebruiker (' || t.role || ')' || CASE WHEN t.active = 0 THEN ', uitgeschakeld' ELSE '' END",
  link: () => '/accounts',
  personal: ['name', 'username'],
  omit: ['password_hash', 'failed_attempts', 'locked_until'],
  related: {
    acties:
      'SELECT at AS moment, method AS functie, entity AS onderdeel FROM audit_log WHERE user_id = ? ORDER BY at DESC LIMIT 1000',
  },
  options: (db, id, env) => {
    if (id === env.actorId)
      return refuse('Je kunt je eigen account niet anonimiseren. Laat een andere beheerder dit doen.');
    const row = db.prepare('SELECT role, active FROM users WHERE id = ?').get(id) as { role: string; active: number };
    if (
      row.role === 'beheerder' &&
      row.active &&
      count(db, "SELECT count(*) AS n FROM users WHERE role = 'beheerder' AND active = 1 AND id <> ?", id) === 0
    ) {
      return refuse('Dit is het laatste actieve beheerdersaccount. Maak eerst een andere beheerder aan.');
    }
    return ONLY_FULL;
  },
  // The account stays (the audit log and records point at it) but says no longer who it was and can never sign in.
  erase: (db, id) => {
    const { name } = db.prepare('SELECT name FROM users WHERE id = ?').get(id) as { name: string };
    const label = `Geanonimiseerde gebruiker ${id}`;
    db.prepare(
      "UPDATE users SET name = ?, username = ?, active = 0, password_hash = '!', failed_attempts = 0, locked_until = NULL WHERE id = ?",
    ).run(label, `geanonimiseerd-${id}`, id);
    db.prepare('UPDATE audit_log SET user_name = ? WHERE user_id = ?').run(label, id);
    for (const [table, column] of ACTOR_NAME_COLUMNS)
      db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${column} = ?`).run(label, name);
  },
};

const keyHandout: RecordDef = {
  type: 'sleuteluitgifte',
  kind: 'sleutelhouder',
  table: 'key_handouts',
  text: ['holder_name'],
  title: 't.holder_name',
  detail:
    "'Sleutel ' || (SELECT k.label FROM key_items k WHERE k.id = t.key_id) || ', uitgegeven ' || t.handed_out_on || coalesce(', ingenomen ' || t.returned_on, ', verloren ' || t.lost_on, ' (nog in bezit)')",
  link: () => '/sleutels',
  personal: ['holder_name'],
  options: (db, id) => {
    const row = db.prepare('SELECT returned_on AS r, lost_on AS l FROM key_handouts WHERE id = ?').get(id) as {
      r: string | null;
      l: string | null;
    };
    return row.r === null && row.l === null
      ? refuse('Heeft deze sleutel nog. Neem hem eerst in bij Sleutels.')
      : ONLY_FULL;
  },
  erase: (db, id) => {
    db.prepare("UPDATE key_handouts SET holder_name = ?, notes = '' WHERE id = ?").run(ANONYMISED_NAME, id);
  },
};

const booking: RecordDef = {
  type: 'boeking',
  kind: 'sleutelhouder',
  table: 'bookings',
  text: ['key_holder'],
  where: "t.key_holder <> ''",
  title: "t.title || ' – sleutelhouder ' || t.key_holder",
  detail: "'Boeking op ' || substr(t.start, 1, 10)",
  link: () => '/agenda',
  personal: ['key_holder'],
  options: (db, id, env) => {
    const row = db.prepare('SELECT end, status FROM bookings WHERE id = ?').get(id) as { end: string; status: string };
    return row.end >= env.today && row.status !== 'geannuleerd'
      ? refuse('Deze boeking moet nog plaatsvinden. Wijs eerst een andere sleutelhouder aan.')
      : ONLY_FULL;
  },
  erase: (db, id) => {
    db.prepare("UPDATE bookings SET key_holder = '' WHERE id = ?").run(id);
  },
};

const activity: RecordDef = {
  type: 'activiteit',
  kind: 'huurder',
  table: 'activities',
  text: ['organiser_name'],
  where: "t.organiser_name <> ''",
  title: "t.name || ' – organisator ' || t.organiser_name",
  detail: "'Activiteit (' || t.organiser_kind || ')'",
  link: () => '/activiteiten',
  personal: ['organiser_name'],
  options: () => ONLY_FULL,
  erase: (db, id) => {
    db.prepare('UPDATE activities SET organiser_name = ? WHERE id = ?').run(ANONYMISED_NAME, id);
  },
};

const incident: RecordDef = {
  type: 'incident',
  kind: 'incident',
  table: 'incidents',
  text: ['description', 'action_taken', 'place', 'reported_by_name', 'services_reference'],
  where: 't.anonymised_at IS NULL',
  title: "t.category || ' (' || t.severity || '): ' || substr(t.description, 1, 80)",
  detail: "'Incident op ' || substr(t.occurred_at, 1, 10)",
  link: (id) => `/incidenten/${id}`,
  personal: ['reported_by_name'],
  related: {
    vervolgacties:
      'SELECT action AS actie, owner AS wie, due_date AS uiterlijk, done_at AS afgerond FROM incident_followups WHERE incident_id = ?',
  },
  options: () => ONLY_FULL,
  erase: (db, id, _scope, env) => anonymiseIncident(db, id, env.now, '[geanonimiseerd op verzoek]'),
};

const logbook: RecordDef = {
  type: 'logboek',
  kind: 'logboek',
  table: 'logbook_entries',
  text: ['text', 'author_name', 'acknowledged_by'],
  where: "t.text NOT LIKE '[geanonimiseerd%'",
  title: 'substr(t.text, 1, 100)',
  detail: "'Logboek ' || t.date || ' (' || t.daypart || '), door ' || t.author_name",
  link: () => '/logboek',
  personal: ['author_name', 'acknowledged_by'],
  options: () => ONLY_FULL,
  erase: (db, id) => {
    db.prepare(
      'UPDATE logbook_entries SET text = ?, author_name = ?, acknowledged_by = CASE WHEN acknowledged_by IS NULL THEN NULL ELSE ? END WHERE id = ?',
    ).run('[geanonimiseerd op verzoek]', ANONYMISED_NAME, ANONYMISED_NAME, id);
  },
};

const defect: RecordDef = {
  type: 'storing',
  kind: 'logboek',
  table: 'defects',
  text: ['reported_by', 'notes'],
  title: "t.title || ' – gemeld door ' || t.reported_by",
  detail: "'Storing gemeld op ' || t.reported_on",
  link: () => '/storingen',
  personal: ['reported_by'],
  options: () => ONLY_FULL,
  erase: (db, id) => {
    db.prepare("UPDATE defects SET reported_by = ?, notes = '' WHERE id = ?").run(ANONYMISED_NAME, id);
  },
};

/** Every place with personal data, in the order the results are shown. */
export const RECORD_DEFS: RecordDef[] = [
  volunteer,
  renter,
  application,
  partner,
  committeeMember,
  user,
  keyHandout,
  booking,
  activity,
  incident,
  logbook,
  defect,
];

export function recordDef(type: RecordType): RecordDef {
  return RECORD_DEFS.find((d) => d.type === type)!;
}
