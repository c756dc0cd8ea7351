import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import {
  SCHEME_LABELS,
  assessInput,
  eligibilityCriterionInput,
  eligibilityCriterionUpdate,
  eligibilityQuery,
  type Scheme,
} from './schemas';
import { dayOf, setStatus, whoOf, type Who } from './shared';
import { getApplication, type ApplicationDetail } from './applications/detail';
import type { AutoCheck, AutoResult } from './applications/checks';
import { describeChanges, type FieldLabel } from '../../contract/audit';
import { msg } from '../../platform/messages';
import { say } from './say';
import { STATUS_WORDS } from './vocabulary';
import { mailAssessment } from './mail';

export interface EligibilityCriterion {
  id: number;
  scheme: Scheme;
  label: string;
  help: string;
  auto: AutoCheck | '';
  sortOrder: number;
  active: boolean;
}

/** The automatic checks in words, as the checklist form offers them. */
const AUTO_LABELS: Record<EligibilityCriterion['auto'], string> = {
  '': 'geen (de balie beoordeelt)',
  venster: 'ingediend binnen de termijn',
  bedrag: 'bedrag binnen het bereik',
  periode: 'uitvoering binnen de periode',
  begroting: 'begroting aanwezig en sluitend',
  gebied: 'in het gebied',
};

/** What of a checklist item can change, as the audit log names it (the scheme and id stay). */
const CRITERION_LABELS: {
  [K in Exclude<keyof EligibilityCriterion, 'id' | 'scheme'>]-?: FieldLabel<EligibilityCriterion[K]>;
} = {
  label: 'Punt',
  help: { label: 'Toelichting', onlyMention: true },
  auto: { label: 'Automatische controle', show: (v) => AUTO_LABELS[v] },
  sortOrder: 'Volgorde',
  active: 'Actief',
};

const SELECT = 'SELECT id, scheme, label, help, auto, sort_order AS sortOrder, active FROM eligibility_criteria';
const toCriterion = (r: Record<string, unknown>): EligibilityCriterion => ({
  ...(r as unknown as EligibilityCriterion),
  active: r.active === 1,
});

export function listCriteria(db: Db, scheme: Scheme | null, includeInactive: boolean): EligibilityCriterion[] {
  return (
    db
      .prepare(`${SELECT} WHERE (? IS NULL OR scheme = ?) AND (? = 1 OR active = 1) ORDER BY scheme, sort_order, id`)
      .all(scheme, scheme, includeInactive ? 1 : 0) as Record<string, unknown>[]
  ).map(toCriterion);
}

function getCriterion(db: Db, criterionId: number): EligibilityCriterion {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(criterionId) as Record<string, unknown> | undefined;
  if (!row)
    throw new ApiError(
      'NOT_FOUND',
      msg('Dit punt van de checklist bestaat niet.', 'This checklist item does not exist.'),
    );
  return toCriterion(row);
}

export interface ChecklistItem {
  criterionId: number;
  label: string;
  help: string;
  auto: AutoCheck | '';
  /** What the data says, for automatic items; null when the data cannot tell. */
  autoResult: boolean | null;
  autoDetail: string;
  /** The recorded answer, once assessed. */
  met: boolean | null;
  note: string;
}

/** The checklist of an application's scheme, with what the core can judge itself and the answers given. */
export function checklistFor(
  db: Db,
  applicationId: number,
): { applicationId: number; scheme: Scheme; assessedOn: string | null; motivation: string; items: ChecklistItem[] } {
  const a = getApplication(db, applicationId);
  const answered = new Map(a.eligibility.map((e) => [e.criterionId, e]));
  const criteria = listCriteria(db, a.scheme, true).filter((c) => c.active || answered.has(c.id));
  return {
    applicationId,
    scheme: a.scheme,
    assessedOn: a.assessedOn,
    motivation: a.eligibilityMotivation,
    items: criteria.map((c) => {
      const auto: AutoResult = c.auto ? a.autoChecks[c.auto] : { result: null, detail: '' };
      const answer = answered.get(c.id);
      return {
        criterionId: c.id,
        label: answer?.label ?? c.label,
        help: c.help,
        auto: c.auto,
        autoResult: auto.result,
        autoDetail: auto.detail,
        met: answer ? answer.met : null,
        note: answer?.note ?? '',
      };
    }),
  };
}

/** Every active item answered once, an answer against the data explained, a motivation when not admissible. */
function checkAnswers(
  a: ApplicationDetail,
  criteria: EligibilityCriterion[],
  input: z.output<typeof assessInput>,
  today: string,
): void {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const seen = new Set<number>();
  input.answers.forEach((answer, i) => {
    const c = criteria.find((x) => x.id === answer.criterionId);
    if (!c)
      return add(
        `answers.${i}.criterionId`,
        msg(
          `Dit punt hoort niet bij de checklist van ${SCHEME_LABELS[a.scheme]}.`,
          `This item is not on the checklist of ${SCHEME_LABELS[a.scheme]}.`,
        ),
      );
    if (seen.has(c.id)) return add(`answers.${i}.criterionId`, msg('Elk punt maar één keer.', 'Each item only once.'));
    seen.add(c.id);
    const auto = c.auto ? a.autoChecks[c.auto] : null;
    if (auto && auto.result !== null && auto.result !== answer.met && !answer.note) {
      add(
        `answers.${i}.note`,
        say(
          ({ t }) => `Dit wijkt af van de gegevens: ${t(auto.detail)} Licht toe waarom.`,
          ({ t }) => `This differs from the data: ${t(auto.detail)} Explain why.`,
        ),
      );
    }
  });
  const open = criteria.filter((c) => !seen.has(c.id));
  if (open.length)
    add(
      'answers',
      msg(
        `Beantwoord alle punten van de checklist. Nog open: ${open.map((c) => c.label).join('; ')}.`,
        `Answer every item of the checklist. Still open: ${open.map((c) => c.label).join('; ')}.`,
      ),
    );
  const receivedOn = a.receivedOn;
  if (receivedOn && input.assessedOn < receivedOn)
    add(
      'assessedOn',
      say(
        ({ day }) => `De beoordeling kan niet voor de ontvangst (${day(receivedOn)}) liggen.`,
        ({ day }) => `The assessment cannot be dated before the receipt (${day(receivedOn)}).`,
      ),
    );
  if (input.assessedOn > today)
    add('assessedOn', msg('De datum van de beoordeling ligt in de toekomst.', 'The assessment date is in the future.'));
  const admissible = input.answers.every((x) => x.met);
  if (!admissible && !input.motivation)
    add(
      'motivation',
      msg(
        'Geef een motivering voor de brief: waarom is de aanvraag niet ontvankelijk?',
        'Give a motivation for the letter: why is the application not admissible?',
      ),
    );
  if (Object.keys(errors).length) {
    throw new ApiError('VALIDATION', Object.values(errors)[0]![0]!, errors);
  }
}

/**
 * Records the eligibility checklist: every active item answered, an answer that contradicts the data
 * explained, and a motivation for the letter when the application is not admissible.
 */
export function assessApplication(
  db: Db,
  input: z.output<typeof assessInput>,
  who: Who,
): 'ontvankelijk' | 'niet_ontvankelijk' {
  const a = getApplication(db, input.id);
  if (a.status === 'concept')
    throw new ApiError(
      'CONFLICT',
      msg(
        'Dit is nog een concept: registreer de aanvraag eerst als ingediend.',
        'This is still a draft: register the application as submitted first.',
      ),
    );
  if (a.status !== 'ingediend')
    throw new ApiError(
      'CONFLICT',
      say(
        ({ t }) => `De ontvankelijkheid is al beoordeeld: de aanvraag is ${t(STATUS_WORDS[a.status]).toLowerCase()}.`,
        ({ t }) =>
          `The admissibility has already been assessed: the application is ${t(STATUS_WORDS[a.status]).toLowerCase()}.`,
      ),
    );
  const criteria = listCriteria(db, a.scheme, false);
  checkAnswers(a, criteria, input, dayOf(who));
  const admissible = input.answers.every((x) => x.met);
  const outcome = admissible ? 'ontvankelijk' : 'niet_ontvankelijk';
  setStatus(
    db,
    input.id,
    outcome,
    who,
    admissible ? 'Checklist ontvankelijkheid: alles voldoet' : `Niet ontvankelijk: ${input.motivation}`,
  );
  db.prepare('DELETE FROM budget_eligibility WHERE application_id = ?').run(input.id);
  const insert = db.prepare(
    'INSERT INTO budget_eligibility (application_id, criterion_id, label, met, auto_result, note) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const answer of input.answers) {
    const c = criteria.find((x) => x.id === answer.criterionId)!;
    const auto = c.auto ? a.autoChecks[c.auto].result : null;
    insert.run(input.id, c.id, c.label, answer.met ? 1 : 0, auto === null ? null : auto ? 1 : 0, answer.note);
  }
  db.prepare('UPDATE budget_applications SET assessed_on = ?, eligibility_motivation = ? WHERE id = ?').run(
    input.assessedOn,
    input.motivation,
    input.id,
  );
  return outcome;
}

export const budgetEligibilityMethods = {
  'eligibility.criteria': method({
    description:
      'De checklist ontvankelijkheid per regeling (Lokaal Budget, Right to Cooperate): punten, toelichting en welke het systeem zelf kan controleren.',
    access: ['beheerder'],
    mode: 'read',
    input: eligibilityQuery,
    handler: ({ db }, q) => listCriteria(db, q.scheme, q.includeInactive),
  }),
  'eligibility.createCriterion': method({
    description: 'Voegt een punt toe aan de checklist ontvankelijkheid van een regeling.',
    access: ['beheerder'],
    mode: 'write',
    input: eligibilityCriterionInput,
    handler: ({ db, audit }, input) => {
      if (
        db.prepare('SELECT 1 FROM eligibility_criteria WHERE scheme = ? AND label = ?').get(input.scheme, input.label)
      )
        throw ApiError.field(
          'label',
          msg('Dit punt staat al op de checklist.', 'This item is already on the checklist.'),
        );
      const criterionId = Number(
        db
          .prepare('INSERT INTO eligibility_criteria (scheme, label, help, auto, sort_order) VALUES (?, ?, ?, ?, ?)')
          .run(input.scheme, input.label, input.help, input.auto, input.sortOrder).lastInsertRowid,
      );
      audit({
        entity: 'eligibility_criteria',
        entityId: criterionId,
        summary: `Checklistpunt ${SCHEME_LABELS[input.scheme]}: "${input.label}"`,
      });
      return getCriterion(db, criterionId);
    },
  }),
  'eligibility.updateCriterion': method({
    description:
      'Wijzigt of deactiveert een punt van de checklist; al beoordeelde aanvragen houden de tekst zoals die toen was.',
    access: ['beheerder'],
    mode: 'write',
    input: eligibilityCriterionUpdate,
    handler: ({ db, audit }, input) => {
      const before = getCriterion(db, input.id);
      if (
        db
          .prepare('SELECT 1 FROM eligibility_criteria WHERE scheme = ? AND label = ? AND id <> ?')
          .get(before.scheme, input.label, input.id)
      )
        throw ApiError.field(
          'label',
          msg('Dit punt staat al op de checklist.', 'This item is already on the checklist.'),
        );
      db.prepare(
        'UPDATE eligibility_criteria SET label = ?, help = ?, auto = ?, sort_order = ?, active = ? WHERE id = ?',
      ).run(input.label, input.help, input.auto, input.sortOrder, input.active ? 1 : 0, input.id);
      const after = getCriterion(db, input.id);
      audit({
        entity: 'eligibility_criteria',
        entityId: input.id,
        summary: describeChanges({ ...before }, { ...after }, CRITERION_LABELS),
      });
      return after;
    },
  }),
  'eligibility.checklist': method({
    description:
      'De checklist ontvankelijkheid voor één aanvraag: elk punt met wat de gegevens zeggen (termijn, bedrag, periode, begroting, gebied) en de gegeven antwoorden.',
    access: ['beheerder'],
    mode: 'read',
    input: z.object({ applicationId: id }),
    handler: ({ db }, input) => checklistFor(db, input.applicationId),
  }),
  'applications.assess': method({
    description:
      'Legt de checklist ontvankelijkheid vast: alles ja maakt de aanvraag ontvankelijk, één nee niet-ontvankelijk (met motivering voor de brief). Een antwoord dat afwijkt van de gegevens vraagt een toelichting.',
    access: ['beheerder'],
    mode: 'write',
    input: assessInput,
    handler: (ctx, input) => {
      const outcome = assessApplication(ctx.db, input, whoOf(ctx));
      const a = getApplication(ctx.db, input.id);
      ctx.audit({
        entity: 'budget_applications',
        entityId: input.id,
        summary: `Aanvraag ${a.number} ${outcome === 'ontvankelijk' ? 'ontvankelijk' : `niet ontvankelijk: ${input.motivation}`}`,
      });
      mailAssessment(ctx.db, ctx.clock, input.id, input.motivation, ctx.actor?.name ?? '');
      return a;
    },
  }),
};
