import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { emptyInput } from '../../contract/fields';
import { eraseInput, exportInput, findInput, retentionInput, retentionSwitch } from './schemas';
import { localDate, localDateTime } from '../../platform/clock';
import { eraseEnv, eraseOnRequest, exportRecords, findPerson, scrubText } from './personData';
import { recordDef } from './records';
import { register, setRetentionPeriods } from './register';
import { retentionCandidates, retentionLog, retentionState, runRetentionNow } from './retention';
import { getBuilding } from '../building/building';
import { msg } from '../../platform/messages';

const BEHEERDER = ['beheerder'] as const;

/** Privacy (AVG): the register with its retention periods, the rights of a person, the retention job. Beheerder only. */
export const privacyMethods = {
  'privacy.register': method({
    description:
      'Het privacyregister: per soort persoon de bewaartermijn (in maanden) met de grenzen; wat er bewaard wordt en waarom staat in het scherm.',
    access: BEHEERDER,
    mode: 'read',
    input: emptyInput,
    handler: ({ db }) => register(db),
  }),
  'privacy.setRetention': method({
    description:
      'Wijzigt bewaartermijnen per soort persoon (maanden). Financiële gegevens nooit korter dan de fiscale 7 jaar.',
    access: BEHEERDER,
    mode: 'write',
    input: retentionInput,
    handler: ({ db, clock, actor, audit }, input) => {
      const changed = setRetentionPeriods(db, input, actor!.name, localDateTime(clock.now()));
      audit({
        entity: 'privacy',
        summary: changed.length ? `Bewaartermijnen: ${changed.join('; ')}` : 'Bewaartermijnen: geen wijzigingen',
      });
      return register(db);
    },
  }),
  'privacy.find': method({
    description:
      'Zoekt alles over één persoon in alle onderdelen, op naam, e-mailadres of telefoonnummer; per item waar het staat en wat anonimiseren mag.',
    access: BEHEERDER,
    mode: 'read',
    input: findInput,
    handler: ({ db, clock, actor }, input) => findPerson(db, input.query, eraseEnv(db, actor!.id, clock)),
  }),
  'privacy.export': method({
    description:
      'Inzageverzoek: de gekozen gevonden items met hun gegevens en wat erbij hoort, als één document (JSON, en leesbaar in het scherm). Komt in het auditlog, zonder de gegevens zelf.',
    access: BEHEERDER,
    mode: 'read',
    input: exportInput,
    handler: ({ db, clock, audit }, input) => {
      const records = exportRecords(db, input.targets);
      const building = getBuilding(db);
      audit({
        entity: 'privacy',
        summary: `Inzage-export: ${records.length} item(s) (${[...new Set(records.map((r) => r.type))].join(', ')})`,
      });
      return { generatedAt: localDateTime(clock.now()), house: building.name, query: input.query, records };
    },
  }),
  'privacy.erase': method({
    description:
      'Anonimiseert de gekozen gevonden items (volledig of alleen contactgegevens) met een reden. Aantallen, uren, bedragen en besluiten blijven; namen en contactgegevens gaan weg, bijlagen worden verwijderd. Alles of niets.',
    access: BEHEERDER,
    mode: 'write',
    input: eraseInput,
    handler: ({ db, clock, actor, audit }, input) => {
      const seen = new Set<string>();
      const targets = input.targets.filter((t) => !seen.has(`${t.type}:${t.id}`) && seen.add(`${t.type}:${t.id}`));
      const { values } = eraseOnRequest(db, targets, eraseEnv(db, actor!.id, clock));
      // The reason is typed by the beheerder and may name the person: it is scrubbed like the log.
      const reason = scrubText(input.reason, values);
      for (const t of targets) {
        audit({
          entity: recordDef(t.type).table,
          entityId: t.id,
          summary: `Geanonimiseerd op verzoek (${t.scope === 'volledig' ? 'volledig' : 'alleen contactgegevens'}): ${t.type} ${t.id}. Reden: ${reason}`,
        });
      }
      return { anonymised: targets.length };
    },
  }),
  'privacy.retention': method({
    description:
      'De bewaartermijn-taak: aan of uit, laatste keer gedraaid, en de voorvertoning van wat hij vandaag zou anonimiseren.',
    access: BEHEERDER,
    mode: 'read',
    input: emptyInput,
    handler: ({ db, clock }) => ({ ...retentionState(db), preview: retentionCandidates(db, localDate(clock.now())) }),
  }),
  'privacy.setRetentionJob': method({
    description:
      'Zet de dagelijkse bewaartermijn-taak aan (na het bekijken van de voorvertoning; hij draait dan meteen) of uit.',
    access: BEHEERDER,
    mode: 'write',
    input: retentionSwitch,
    handler: ({ db, clock, actor, audit }, input) => {
      const state = retentionState(db);
      if ((state.enabledAt !== null) === input.enabled)
        throw new ApiError(
          'CONFLICT',
          input.enabled
            ? msg('De bewaartermijn-taak staat al aan.', 'The retention job is already on.')
            : msg('De bewaartermijn-taak staat al uit.', 'The retention job is already off.'),
        );
      db.prepare('UPDATE retention_job SET enabled_at = ?, enabled_by = ? WHERE id = 1').run(
        input.enabled ? localDateTime(clock.now()) : null,
        input.enabled ? actor!.name : '',
      );
      audit({
        entity: 'privacy',
        summary: input.enabled ? 'Bewaartermijn-taak aangezet' : 'Bewaartermijn-taak uitgezet',
      });
      const run = input.enabled ? runRetentionNow(db, { clock, trigger: 'handmatig', userName: actor!.name }) : null;
      return { ...retentionState(db), anonymised: run?.actions.reduce((n, a) => n + a.ids.length, 0) ?? 0 };
    },
  }),
  'privacy.retentionLog': method({
    description: 'Het logboek van de bewaartermijn-taak: wanneer, welke soort, hoeveel en welke nummers (geen namen).',
    access: BEHEERDER,
    mode: 'read',
    input: emptyInput,
    handler: ({ db }) => retentionLog(db),
  }),
};
