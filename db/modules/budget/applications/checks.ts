import type { Db } from '../../../platform/database';
import { ApiError } from '../../../platform/errors';
import { formatCents, formatDateNl } from '../../../platform/clock';
import type { ApplicationFields, AUTO_CHECKS } from '../schemas';
import type { Round } from '../rounds';
import { totalsOf } from './lines';
import { msg } from '../../../platform/messages';

/** What the core checks on an application: the items it judges itself, hard rules and warnings to confirm. */

export type AutoCheck = (typeof AUTO_CHECKS)[number];
export interface AutoResult {
  result: boolean | null;
  detail: string;
}

/** The checklist items the core can judge from the data itself. */
export function autoChecks(
  a: {
    receivedOn: string | null;
    requestedCents: number;
    startDate: string | null;
    endDate: string | null;
    costLineCount: number;
    balanced: boolean;
    wijk: string;
  },
  round: Round,
): Record<AutoCheck, AutoResult> {
  const range = `${formatCents(round.minCents)} tot en met ${formatCents(round.maxCents)}`;
  const window = `${formatDateNl(round.opensOn)} t/m ${formatDateNl(round.closesOn)}`;
  const period = `${formatDateNl(round.executionFrom)} t/m ${formatDateNl(round.executionTo)}`;
  const inArea = round.areaWijken.some((w) => w.toLowerCase() === a.wijk.trim().toLowerCase());
  return {
    venster:
      a.receivedOn === null
        ? { result: null, detail: msg('Nog niet ontvangen.', 'Not received yet.') }
        : {
            result: a.receivedOn >= round.opensOn && a.receivedOn <= round.closesOn,
            detail: `Ontvangen op ${formatDateNl(a.receivedOn)}; termijn ${window}.`,
          },
    bedrag: {
      result: a.requestedCents >= round.minCents && a.requestedCents <= round.maxCents,
      detail: `Gevraagd ${formatCents(a.requestedCents)}; bereik ${range}.`,
    },
    periode:
      a.startDate === null || a.endDate === null
        ? { result: false, detail: `Geen begin- en einddatum opgegeven; uitvoeringsperiode ${period}.` }
        : {
            result: a.startDate >= round.executionFrom && a.endDate <= round.executionTo,
            detail: `${formatDateNl(a.startDate)} t/m ${formatDateNl(a.endDate)}; uitvoeringsperiode ${period}.`,
          },
    begroting: {
      result: a.costLineCount > 0 && a.balanced,
      detail:
        a.costLineCount > 0
          ? `${a.costLineCount} kostenregel(s)${a.balanced ? ', de begroting sluit' : ', de begroting sluit niet'}.`
          : msg('Geen kostenbegroting.', 'No cost breakdown.'),
    },
    gebied:
      round.areaWijken.length === 0
        ? {
            result: null,
            detail: msg(
              'Voor deze ronde en het huis zijn geen wijken vastgelegd.',
              'No neighbourhoods are recorded for this round and the house.',
            ),
          }
        : { result: inArea, detail: `Wijk ${a.wijk}; gebied van de ronde: ${round.areaWijken.join(', ')}.` },
  };
}

/** An application's fields as they are saved. */
export type Registrable = Omit<ApplicationFields, 'id' | 'confirmWarnings'>;

/** Rules that hold for every saved application, concepts included. */
export function checkAlways(db: Db, a: Registrable, round: Round): void {
  if (a.roomId !== null && !db.prepare('SELECT 1 FROM rooms WHERE id = ?').get(a.roomId))
    throw ApiError.field('roomId', msg('Deze ruimte bestaat niet.', 'This room does not exist.'));
  if (round.scheme === 'lokaal_budget') {
    if (a.partners.length)
      throw ApiError.field(
        'partners',
        msg(
          'Samenwerkingspartners horen bij Right to Cooperate, niet bij Lokaal Budget.',
          'Cooperation partners belong to Right to Cooperate, not to Lokaal Budget.',
        ),
      );
    if (a.applicantType === 'welzijnsaanbieder')
      throw ApiError.field(
        'applicantType',
        msg(
          'Bij Lokaal Budget vraagt een bewoner, bewonersgroep, organisatie of sociaal ondernemer aan, niet de welzijnsaanbieder zelf.',
          'For Lokaal Budget a resident, residents’ group, organisation or social entrepreneur applies, not the welfare provider itself.',
        ),
      );
  }
}

/**
 * Hard rules for a registered application: not received after `today`, the cost breakdown adds up, the
 * budget is not asked to pay non-reimbursable costs, a cooperation has partners and includes the welfare
 * provider. All problems are reported at once, each next to its field.
 */
export function checkRegistered(a: Registrable, round: Round, today: string): void {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (!a.description.trim())
    add('description', msg('Beschrijf wat de aanvrager gaat doen.', 'Describe what the applicant is going to do.'));
  if (a.requestedCents === 0)
    add('requestedCents', msg('Vul het gevraagde bedrag in.', 'Fill in the requested amount.'));
  if (a.receivedOn !== null && a.receivedOn > today)
    add('receivedOn', msg('De ontvangstdatum ligt in de toekomst.', 'The date of receipt is in the future.'));
  if (a.costLines.length) {
    const t = totalsOf(a);
    if (!t.balanced) {
      add(
        'costLines',
        `De begroting sluit niet: de kosten (${formatCents(t.costsCents)}) zijn niet gelijk aan het gevraagde bedrag plus de overige dekking in geld (${formatCents(t.coverageCents)}).`,
      );
    }
    if (a.requestedCents > t.reimbursableCents) {
      add(
        'requestedCents',
        `Het gevraagde bedrag (${formatCents(a.requestedCents)}) is hoger dan de kosten die vergoed kunnen worden (${formatCents(t.reimbursableCents)}): niet-vergoedbare kosten komen uit andere bronnen.`,
      );
    }
  }
  if (round.scheme === 'right_to_cooperate') {
    if (!a.partners.length)
      add(
        'partners',
        msg(
          'Right to Cooperate is een samenwerking: voeg minstens één partner toe.',
          'Right to Cooperate is a cooperation: add at least one partner.',
        ),
      );
    else {
      const kinds = [a.applicantType as string, ...a.partners.map((p) => p.kind)];
      if (!kinds.includes('welzijnsaanbieder'))
        add(
          'partners',
          msg(
            'Bij Right to Cooperate werkt de welzijnsaanbieder samen met lokale partijen: de welzijnsaanbieder is de aanvrager of een van de partners.',
            'In Right to Cooperate the welfare provider works with local parties: the welfare provider is the applicant or one of the partners.',
          ),
        );
      else if (kinds.filter((k) => k !== 'welzijnsaanbieder').length === 0)
        add(
          'partners',
          msg(
            'Voeg minstens één lokale partij toe naast de welzijnsaanbieder.',
            'Add at least one local party besides the welfare provider.',
          ),
        );
    }
  }
  if (Object.keys(errors).length) {
    const first = Object.values(errors)[0]![0]!;
    throw new ApiError('VALIDATION', first, errors);
  }
}

/**
 * What the desk should know before registering: outside the amount range, outside the window, dates
 * outside the period, another wijk, more than remains. Such an application may still be registered
 * (it was submitted like this, and gets a decision: not admissible), but only when confirmed.
 */
export function registrationWarnings(a: Registrable, round: Round): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (field: string, message: string) => (out[field] ??= []).push(message);
  if (a.requestedCents > 0 && (a.requestedCents < round.minCents || a.requestedCents > round.maxCents)) {
    add(
      'requestedCents',
      `Het gevraagde bedrag (${formatCents(a.requestedCents)}) ligt buiten het bereik van de ronde (${formatCents(round.minCents)} tot en met ${formatCents(round.maxCents)}). Registreer de aanvraag alleen als ze zo is ingediend: ze is dan niet ontvankelijk.`,
    );
  }
  if (a.receivedOn !== null && (a.receivedOn < round.opensOn || a.receivedOn > round.closesOn)) {
    add(
      'receivedOn',
      `Ontvangen op ${formatDateNl(a.receivedOn)}, buiten de indieningstermijn (${formatDateNl(round.opensOn)} t/m ${formatDateNl(round.closesOn)}).`,
    );
  }
  if (a.startDate !== null && (a.startDate < round.executionFrom || a.startDate > round.executionTo))
    add(
      'startDate',
      `De begindatum ligt buiten de uitvoeringsperiode (${formatDateNl(round.executionFrom)} t/m ${formatDateNl(round.executionTo)}).`,
    );
  if (a.endDate !== null && (a.endDate < round.executionFrom || a.endDate > round.executionTo))
    add(
      'endDate',
      `De einddatum ligt buiten de uitvoeringsperiode (${formatDateNl(round.executionFrom)} t/m ${formatDateNl(round.executionTo)}).`,
    );
  if (round.areaWijken.length && !round.areaWijken.some((w) => w.toLowerCase() === a.wijk.toLowerCase()))
    add('wijk', `${a.wijk} hoort niet bij het gebied van deze ronde (${round.areaWijken.join(', ')}).`);
  if (a.requestedCents > round.ledger.remainingCents)
    add('requestedCents', `Er resteert nog ${formatCents(round.ledger.remainingCents)} in deze ronde.`);
  return out;
}

export function requireConfirmation(warnings: Record<string, string[]>, confirmed: boolean): void {
  const all = Object.values(warnings).flat();
  if (all.length && !confirmed) {
    throw new ApiError(
      'NEEDS_CONFIRMATION',
      `Let op: ${all[0]}${all.length > 1 ? ` (en ${all.length - 1} andere waarschuwing${all.length > 2 ? 'en' : ''})` : ''}`,
      { ...warnings, warnings: all },
    );
  }
}
