import type { Db } from '../../platform/database';
import { addDays, localDate, localDateTime, type Clock } from '../../platform/clock';
import { insertKey, handOut } from './keys';
import { setHouseInfo } from './houseInfo';

/** The demo house's sociaal beheer: a logbook with a handover note, an incident, defects, keys and the house rules. */

/** Yesterday's logbook with a handover note, and an incident three days ago with a follow-up. */
function seedLogbook(db: Db, room: Record<string, number>, today: string, now: string): void {
  const yesterday = addDays(today, -1);
  const log = db.prepare(
    'INSERT INTO logbook_entries (date, daypart, category, text, handover, author_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  log.run(
    yesterday,
    'ochtend',
    'bezoekers',
    'Druk bij de open inloop: 23 bezoekers, twee nieuwe buurtbewoners uit de Tarwewijk.',
    0,
    'Samira El Amrani',
    now,
    now,
  );
  log.run(
    yesterday,
    'middag',
    'schoonmaak',
    'Schoonmaakmiddelen bijna op; bestelling doorgegeven.',
    0,
    'Samira El Amrani',
    now,
    now,
  );
  log.run(
    yesterday,
    'avond',
    'overdracht',
    'De verwarming in de Beweegzaal slaat af en toe af. Storing is gemeld; zet bij koude de elektrische kachel bij (staat in de berging).',
    1,
    'Piet (sleutelhouder)',
    now,
    now,
  );
  const incident = db
    .prepare(
      `INSERT INTO incidents (occurred_at, room_id, place, category, severity, description, action_taken, services_called, services_reference, status, reported_by_name, created_at)
    VALUES (?, ?, '', 'ongeval', 'middel', 'Bezoeker uitgegleden op de natte vloer bij de ingang. Knie geschaafd.', 'EHBO verleend, pleister en koelkompres. Waarschuwingsbord neergezet.', 0, '', 'in_behandeling', 'Samira El Amrani', ?)`,
    )
    .run(`${addDays(today, -3)}T10:40`, room['Huiskamer']!, now).lastInsertRowid;
  db.prepare('INSERT INTO incident_followups (incident_id, action, owner, due_date) VALUES (?, ?, ?, ?)').run(
    incident,
    'Schoonloopmat bij de ingang bestellen',
    'Beheerder',
    addDays(today, 4),
  );
}

function seedDefects(db: Db, room: Record<string, number>, today: string, now: string): void {
  const defect = db.prepare(
    "INSERT INTO defects (title, description, room_id, place, reported_by, reported_to, priority, status, reported_on, passed_on, notes, created_at) VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, '', ?)",
  );
  defect.run(
    'Verwarming slaat af',
    'Radiatoren worden koud na een uur.',
    room['Beweegzaal']!,
    'Piet',
    'Verhuurder (woningcorporatie)',
    'hoog',
    'doorgegeven',
    addDays(today, -1),
    addDays(today, -1),
    now,
  );
  defect.run(
    'Lamp kapot in de gang',
    '',
    null,
    'Samira El Amrani',
    '',
    'laag',
    'gemeld',
    addDays(today, -12),
    null,
    now,
  );
  defect.run(
    'Afvoer keuken loopt traag',
    '',
    room['Keuken']!,
    'Fatima Ouali',
    'Loodgieter Zuid',
    'normaal',
    'in_behandeling',
    addDays(today, -6),
    addDays(today, -5),
    now,
  );
}

/** Keys, a pass and the alarm code, three of them handed out. */
function seedKeys(db: Db, clock: Clock, renter: { taal: number }, today: string): void {
  const voordeur1 = insertKey(db, {
    kind: 'sleutel',
    label: 'Voordeur 1',
    code: 'S-01',
    notes: 'Past ook op de berging.',
  });
  insertKey(db, { kind: 'sleutel', label: 'Voordeur 2', code: 'S-02', notes: '' });
  const pas = insertKey(db, { kind: 'pas', label: 'Toegangspas 1', code: 'P-114', notes: '' });
  const alarm = insertKey(db, {
    kind: 'alarmcode',
    label: 'Alarmcode gebouw',
    code: '',
    notes: 'De code zelf staat in de kluis, nooit in Wijkhuis.',
  });
  handOut(
    db,
    clock,
    {
      keyId: voordeur1,
      holderKind: 'huurder',
      holderName: 'Joke de Vries (Taalcafé Tarwewijk)',
      renterId: renter.taal,
      handedOutOn: addDays(today, -60),
      notes: '',
    },
    'Samira El Amrani',
  );
  handOut(
    db,
    clock,
    {
      keyId: pas,
      holderKind: 'vrijwilliger',
      holderName: 'Piet van Dijk',
      renterId: null,
      handedOutOn: addDays(today, -120),
      notes: 'Opent op zaterdag.',
    },
    'Samira El Amrani',
  );
  handOut(
    db,
    clock,
    {
      keyId: alarm,
      holderKind: 'vrijwilliger',
      holderName: 'Piet van Dijk',
      renterId: null,
      handedOutOn: addDays(today, -120),
      notes: '',
    },
    'Samira El Amrani',
  );
}

function seedHouseRules(db: Db, clock: Clock): void {
  setHouseInfo(
    db,
    clock,
    'huisregels',
    [
      'Iedereen is welkom in De Wilgenhof. We gaan respectvol met elkaar en met het gebouw om.',
      '',
      '- Roken, alcohol en drugs zijn niet toegestaan in en rond het gebouw.',
      '- Laat de ruimte achter zoals je haar aantrof: tafels en stoelen terug, afval in de container.',
      '- Huurders met sleutelrecht openen en sluiten volgens de checklist en tekenen het logboek.',
      '- Overlast of een onveilige situatie? Meld het bij de balie of de beheerder.',
    ].join('\n'),
    'Samira El Amrani',
  );
  setHouseInfo(
    db,
    clock,
    'noodprocedure',
    [
      "1. Brand of rook: druk op de brandmelder, waarschuw de BHV'er, bel 112.",
      '2. Ontruim via de dichtstbijzijnde nooduitgang; gebruik de lift niet.',
      '3. Verzamelplaats: het plein voor de ingang, bij de bank.',
      "4. De BHV'er telt de aanwezigen met de presentielijst van vandaag.",
    ].join('\n'),
    'Samira El Amrani',
  );
  setHouseInfo(
    db,
    clock,
    'contacten',
    [
      'Alarmnummer: 112',
      'Politie (geen spoed): 0900-8844',
      'Sociaal beheerder: Samira El Amrani, 010 200 30 40',
      'Storingen gebouw: de verhuurder, storingsnummer op de sticker in de meterkast',
    ].join('\n'),
    'Samira El Amrani',
  );
}

export function seedDemoBeheer(db: Db, clock: Clock, room: Record<string, number>, renter: { taal: number }): void {
  const today = localDate(clock.now());
  const now = localDateTime(clock.now());
  seedLogbook(db, room, today, now);
  seedDefects(db, room, today, now);
  seedKeys(db, clock, renter, today);
  seedHouseRules(db, clock);
}
