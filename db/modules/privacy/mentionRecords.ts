import { ANONYMISED_NAME, ONLY_FULL, refuse, type RecordDef } from './recordDef';
import { anonymiseIncident } from '../beheer/incidents';
import { msg } from '../../platform/messages';

/** Records that mention a person: key handouts, key holders of bookings, organisers, incidents, the logbook, defects. */

export const keyHandout: RecordDef = {
  type: 'sleuteluitgifte',
  kind: 'sleutelhouder',
  table: 'key_handouts',
  text: ['holder_name'],
  title: 't.holder_name',
  detail:
    "'Sleutel ' || (SELECT k.label FROM key_items k WHERE k.id = t.key_id) || ', uitgegeven ' || t.handed_out_on || coalesce(', ingenomen ' || t.returned_on, ', verloren ' || t.lost_on, ' (nog in bezit)')",
  personal: ['holder_name'],
  audit: { ref: 'uitgifte' },
  options: (db, id) => {
    const row = db.prepare('SELECT returned_on AS r, lost_on AS l FROM key_handouts WHERE id = ?').get(id) as {
      r: string | null;
      l: string | null;
    };
    return row.r === null && row.l === null
      ? refuse(
          msg(
            'Heeft deze sleutel nog. Neem hem eerst in bij Sleutels.',
            'Still has this key. Take it back first under Keys.',
          ),
        )
      : ONLY_FULL;
  },
  erase: (db, id) => {
    db.prepare("UPDATE key_handouts SET holder_name = ?, notes = '' WHERE id = ?").run(ANONYMISED_NAME, id);
  },
};

export const booking: RecordDef = {
  type: 'boeking',
  kind: 'sleutelhouder',
  table: 'bookings',
  text: ['key_holder'],
  where: "t.key_holder <> ''",
  title: "t.title || ' – sleutelhouder ' || t.key_holder",
  detail: "'Boeking op ' || substr(t.start, 1, 10)",
  personal: ['key_holder'],
  audit: { entity: 'bookings', ref: 'boeking' },
  options: (db, id, env) => {
    const row = db.prepare('SELECT end, status FROM bookings WHERE id = ?').get(id) as { end: string; status: string };
    return row.end >= env.today && row.status !== 'geannuleerd'
      ? refuse(
          msg(
            'Deze boeking moet nog plaatsvinden. Wijs eerst een andere sleutelhouder aan.',
            'This booking has yet to take place. Appoint another key holder first.',
          ),
        )
      : ONLY_FULL;
  },
  erase: (db, id) => {
    db.prepare("UPDATE bookings SET key_holder = '' WHERE id = ?").run(id);
  },
};

export const activity: RecordDef = {
  type: 'activiteit',
  kind: 'huurder',
  table: 'activities',
  text: ['organiser_name'],
  where: "t.organiser_name <> ''",
  title: "t.name || ' – organisator ' || t.organiser_name",
  detail: "'Activiteit (' || t.organiser_kind || ')'",
  personal: ['organiser_name'],
  audit: { entity: 'activities', ref: 'activiteit' },
  options: () => ONLY_FULL,
  erase: (db, id) => {
    db.prepare('UPDATE activities SET organiser_name = ? WHERE id = ?').run(ANONYMISED_NAME, id);
  },
};

export const incident: RecordDef = {
  type: 'incident',
  kind: 'incident',
  table: 'incidents',
  text: ['description', 'action_taken', 'place', 'reported_by_name', 'services_reference'],
  where: 't.anonymised_at IS NULL',
  title: "t.category || ' (' || t.severity || '): ' || substr(t.description, 1, 80)",
  detail: "'Incident op ' || substr(t.occurred_at, 1, 10)",
  personal: ['reported_by_name'],
  audit: { entity: 'incidents', ref: 'incident' },
  related: {
    vervolgacties:
      'SELECT action AS actie, owner AS wie, due_date AS uiterlijk, done_at AS afgerond FROM incident_followups WHERE incident_id = ?',
  },
  options: () => ONLY_FULL,
  erase: (db, id, _scope, env) => anonymiseIncident(db, id, env.now, '[geanonimiseerd op verzoek]'),
};

export const logbook: RecordDef = {
  type: 'logboek',
  kind: 'logboek',
  table: 'logbook_entries',
  text: ['text', 'author_name', 'acknowledged_by'],
  where: "t.text NOT LIKE '[geanonimiseerd%'",
  title: 'substr(t.text, 1, 100)',
  detail: "'Logboek ' || t.date || ' (' || t.daypart || '), door ' || t.author_name",
  personal: ['author_name', 'acknowledged_by'],
  audit: { entity: 'logbook', ref: 'logboek' },
  options: () => ONLY_FULL,
  erase: (db, id) => {
    db.prepare(
      'UPDATE logbook_entries SET text = ?, author_name = ?, acknowledged_by = CASE WHEN acknowledged_by IS NULL THEN NULL ELSE ? END WHERE id = ?',
    ).run('[geanonimiseerd op verzoek]', ANONYMISED_NAME, ANONYMISED_NAME, id);
  },
};

export const defect: RecordDef = {
  type: 'storing',
  kind: 'logboek',
  table: 'defects',
  text: ['reported_by', 'notes'],
  title: "t.title || ' – gemeld door ' || t.reported_by",
  detail: "'Storing gemeld op ' || t.reported_on",
  personal: ['reported_by'],
  audit: { entity: 'defects', ref: 'storing' },
  options: () => ONLY_FULL,
  erase: (db, id) => {
    db.prepare("UPDATE defects SET reported_by = ?, notes = '' WHERE id = ?").run(ANONYMISED_NAME, id);
  },
};
