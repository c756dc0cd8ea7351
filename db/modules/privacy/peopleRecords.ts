import {
  ANONYMISED_NAME,
  APPLICATION_END,
  FINAL_APPLICATION,
  FULL,
  ONLY_FULL,
  count,
  fiscalUntil,
  refuse,
  type RecordDef,
} from './recordDef';
import { compose, msg } from '../../platform/messages';

/** Records of people themselves: volunteers, renters, applicants and their partners, committee members, users. */

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
  ['mail_messages', 'created_by'],
  ['mail_choices', 'recorded_by'],
];

export const volunteer: RecordDef = {
  type: 'vrijwilliger',
  kind: 'vrijwilliger',
  table: 'volunteers',
  text: ['name', 'email', 'address', 'emergency_contact'],
  phone: ['phone'],
  title: 't.name',
  detail: "'Vrijwilliger (' || t.status || '), sinds ' || t.start_date",
  personal: ['name', 'email', 'phone', 'address', 'emergency_contact'],
  // Older summaries: "Vrijwilliger "X" toegevoegd", "X: Telefoon …", "VOG vastgelegd voor X", "X afwezig …".
  audit: {
    entity: 'volunteers',
    ref: 'vrijwilliger',
    legacy: [
      /^Vrijwilliger "(.+)" toegevoegd$/,
      /^(.+?): (?:Naam|Telefoon|E-mail|Status|Rollen|Tegenprestatie|Toestemming|Persoonsgegevens|Notities|geen wijzigingen)/,
      /vastgelegd voor (.+)$/,
      /^(.+) afwezig \d{4}-/,
      /bijgeschreven voor (.+?) op \d{4}-/,
      /betaald aan (.+) op \d{4}-/,
    ],
  },
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
        msg(
          `Staat nog ingeroosterd op ${future} komende dienst(en). Meld deze vrijwilliger eerst af in het rooster.`,
          `Still planned on ${future} upcoming shift(s). Sign this volunteer off in the roster first.`,
        ),
      );
    const paid = db
      .prepare('SELECT max(paid_on) AS last FROM volunteer_allowances WHERE volunteer_id = ? AND paid_on >= ?')
      .get(id, env.fiscalFrom) as { last: string | null };
    if (paid.last)
      return {
        scopes: ['contact'],
        note: compose((t, lang) =>
          lang === 'nl'
            ? `Heeft vrijwilligersvergoedingen binnen de fiscale bewaartermijn (tot ${t(fiscalUntil(paid.last!, env))}): naam en adres blijven tot dan, de overige gegevens kunnen weg.`
            : `Has volunteer allowances within the fiscal retention period (until ${t(fiscalUntil(paid.last!, env))}): name and address stay until then, the other details can go.`,
        ),
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

export const renter: RecordDef = {
  type: 'huurder',
  kind: 'huurder',
  table: 'renters',
  text: ['name', 'contact_person', 'email', 'invoice_address'],
  phone: ['phone'],
  title: "t.name || CASE WHEN t.contact_person <> '' THEN ' (contact: ' || t.contact_person || ')' ELSE '' END",
  detail: "'Huurder (' || t.type || ')' || CASE WHEN t.active = 0 THEN ', gearchiveerd' ELSE '' END",
  personal: ['name', 'contact_person', 'email', 'phone', 'invoice_address'],
  audit: {
    entity: 'renters',
    ref: 'huurder',
    legacy: [/^Huurder "(.+)" \(/, /^Huurder "(.+)" (?:gearchiveerd|teruggezet)$/],
  },
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
        msg(
          `Heeft nog ${open === 1 ? '1 openstaande factuur' : `${open} openstaande facturen`}. Anonimiseer pas als die betaald of ingetrokken ${open === 1 ? 'is' : 'zijn'}.`,
          `Still has ${open === 1 ? '1 unpaid invoice' : `${open} unpaid invoices`}. Anonymise only once ${open === 1 ? 'it is' : 'they are'} paid or withdrawn.`,
        ),
      );
    const future = count(
      db,
      "SELECT count(*) AS n FROM bookings WHERE renter_id = ? AND end >= ? AND status <> 'geannuleerd'",
      id,
      env.today,
    );
    if (future)
      return refuse(
        msg(
          `Heeft nog ${future} komende boeking(en). Annuleer die eerst of zet ze op een andere huurder.`,
          `Still has ${future} upcoming booking(s). Cancel them first or move them to another renter.`,
        ),
      );
    const last = db
      .prepare('SELECT max(issued_on) AS last FROM invoices WHERE renter_id = ? AND issued_on >= ?')
      .get(id, env.fiscalFrom) as { last: string | null };
    if (last.last)
      return {
        scopes: ['contact'],
        note: compose((t, lang) =>
          lang === 'nl'
            ? `Facturen vallen onder de fiscale bewaarplicht (tot ${t(fiscalUntil(last.last!, env))}): naam en factuuradres blijven, contactpersoon, telefoon en e-mail kunnen weg.`
            : `Invoices fall under the fiscal retention duty (until ${t(fiscalUntil(last.last!, env))}): name and billing address stay, contact person, phone and e-mail can go.`,
        ),
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

export const application: RecordDef = {
  type: 'aanvraag',
  kind: 'aanvrager',
  table: 'budget_applications',
  text: ['applicant_name', 'contact_name', 'contact_email', 'contact_address'],
  phone: ['contact_phone'],
  title:
    "coalesce(t.number || ' ', '') || t.title || ' – ' || t.applicant_name || CASE WHEN t.contact_name <> '' THEN ' (contact: ' || t.contact_name || ')' ELSE '' END",
  detail: "'Aanvraag (' || t.status || ')'",
  personal: ['applicant_name', 'contact_name', 'contact_email', 'contact_phone', 'contact_address', 'iban'],
  audit: {
    entity: 'budget_applications',
    ref: 'aanvraag',
    legacy: [/" van (.+?), €/, /^Concept ".*" van (.+) verwijderd$/],
  },
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
        msg(
          `Deze aanvraag loopt nog (status: ${row.status.replace(/_/g, ' ')}). Rond haar eerst af of trek haar in.`,
          `This application is still open (status: ${row.status.replace(/_/g, ' ')}). Finish it first or withdraw it.`,
        ),
      );
    if ((row.granted > 0 || row.payments > 0) && row.ended >= env.fiscalFrom) {
      return {
        scopes: ['contact'],
        note: compose((t, lang) =>
          lang === 'nl'
            ? `Toegekend of betaald geld valt onder de fiscale bewaarplicht (tot ${t(fiscalUntil(row.ended, env))}): naam en IBAN blijven, telefoon, e-mail en adres kunnen weg.`
            : `Money granted or paid falls under the fiscal retention duty (until ${t(fiscalUntil(row.ended, env))}): name and IBAN stay, phone, e-mail and address can go.`,
        ),
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

export const partner: RecordDef = {
  type: 'partner',
  kind: 'aanvrager',
  table: 'budget_partners',
  text: ['contact_name', 'contact_email', 'name'],
  phone: ['contact_phone'],
  title: "t.name || CASE WHEN t.contact_name <> '' THEN ' (contact: ' || t.contact_name || ')' ELSE '' END",
  detail:
    "'Partner bij aanvraag ' || coalesce((SELECT coalesce(a.number, a.title) FROM budget_applications a WHERE a.id = t.application_id), '')",
  personal: ['contact_name', 'contact_email', 'contact_phone'],
  options: () => ONLY_FULL,
  erase: (db, id) => {
    db.prepare("UPDATE budget_partners SET contact_name = '', contact_email = '', contact_phone = '' WHERE id = ?").run(
      id,
    );
  },
};

export const committeeMember: RecordDef = {
  type: 'commissielid',
  kind: 'commissielid',
  table: 'committee_members',
  text: ['name', 'email'],
  phone: ['phone'],
  title: 't.name',
  detail: "'Commissielid, termijn ' || t.term_from || ' – ' || coalesce(t.term_to, 'heden')",
  personal: ['name', 'email', 'phone'],
  audit: {
    entity: 'committee_members',
    ref: 'commissielid',
    legacy: [/^Commissielid (.+) \((?:voorzitter|secretaris|lid),/, /^Termijn van (.+) eindigt op/],
  },
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
      return refuse(
        msg(
          'Is nog lid van de commissie. Vul eerst het einde van de zittingstermijn in.',
          'Is still a committee member. Fill in the end of the term first.',
        ),
      );
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

export const user: RecordDef = {
  type: 'gebruiker',
  kind: 'gebruiker',
  table: 'users',
  text: ['name', 'username', 'email'],
  title: "t.name || ' (' || t.username || ')'",
  detail: "'Gebruiker (' || t.role || ')' || CASE WHEN t.active = 0 THEN ', uitgeschakeld' ELSE '' END",
  personal: ['name', 'username', 'email'],
  audit: { entity: 'users', ref: 'gebruiker', legacy: [/^Account (\S+) \((.+)\) aangemaakt/] },
  omit: ['password_hash', 'failed_attempts', 'locked_until'],
  related: {
    acties:
      'SELECT at AS moment, method AS functie, entity AS onderdeel FROM audit_log WHERE user_id = ? ORDER BY at DESC LIMIT 1000',
  },
  options: (db, id, env) => {
    if (id === env.actorId)
      return refuse(
        msg(
          'Je kunt je eigen account niet anonimiseren. Laat een andere beheerder dit doen.',
          'You cannot anonymise your own account. Let another building manager do it.',
        ),
      );
    const row = db.prepare('SELECT role, active FROM users WHERE id = ?').get(id) as { role: string; active: number };
    if (
      row.role === 'beheerder' &&
      row.active &&
      count(db, "SELECT count(*) AS n FROM users WHERE role = 'beheerder' AND active = 1 AND id <> ?", id) === 0
    ) {
      return refuse(
        msg(
          'Dit is het laatste actieve beheerdersaccount. Maak eerst een andere beheerder aan.',
          'This is the last active building manager account. Create another building manager first.',
        ),
      );
    }
    return ONLY_FULL;
  },
  // The account stays (the audit log and records point at it) but says no longer who it was and can never sign in.
  erase: (db, id) => {
    const { name } = db.prepare('SELECT name FROM users WHERE id = ?').get(id) as { name: string };
    // Every name the account acted under, also the ones it had before a rename: they are all in the log's rows.
    const names = new Set([
      name,
      ...(db.prepare('SELECT DISTINCT user_name AS n FROM audit_log WHERE user_id = ?').all(id) as { n: string }[]).map(
        (r) => r.n,
      ),
    ]);
    const label = `Geanonimiseerde gebruiker ${id}`;
    db.prepare(
      "UPDATE users SET name = ?, username = ?, email = '', active = 0, password_hash = '!', failed_attempts = 0, locked_until = NULL WHERE id = ?",
    ).run(label, `geanonimiseerd-${id}`, id);
    db.prepare('UPDATE audit_log SET user_name = ? WHERE user_id = ?').run(label, id);
    for (const [table, column] of ACTOR_NAME_COLUMNS)
      for (const n of names) db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${column} = ?`).run(label, n);
  },
};
