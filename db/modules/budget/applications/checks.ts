import type { Db } from '../../../platform/database';
import { ApiError } from '../../../platform/errors';
import { compose, msg } from '../../../platform/messages';
import { say, type Wording } from '../say';
import type { ApplicationFields, AUTO_CHECKS } from '../schemas';
import type { Round } from '../rounds';
import { totalsOf } from './lines';

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
  const { receivedOn, startDate, endDate } = a;
  const range = ({ euro }: Wording, to: string) => `${euro(round.minCents)} ${to} ${euro(round.maxCents)}`;
  const window = ({ day }: Wording, to: string) => `${day(round.opensOn)} ${to} ${day(round.closesOn)}`;
  const period = ({ day }: Wording, to: string) => `${day(round.executionFrom)} ${to} ${day(round.executionTo)}`;
  const inArea = round.areaWijken.some((w) => w.toLowerCase() === a.wijk.trim().toLowerCase());
  return {
    venster:
      receivedOn === null
        ? { result: null, detail: msg('Nog niet ontvangen.', 'Not received yet.') }
        : {
            result: receivedOn >= round.opensOn && receivedOn <= round.closesOn,
            detail: say(
              (w) => `Ontvangen op ${w.day(receivedOn)}; termijn ${window(w, 't/m')}.`,
              (w) => `Received on ${w.day(receivedOn)}; window ${window(w, 'to')}.`,
            ),
          },
    bedrag: {
      result: a.requestedCents >= round.minCents && a.requestedCents <= round.maxCents,
      detail: say(
        (w) => `Gevraagd ${w.euro(a.requestedCents)}; bereik ${range(w, 'tot en met')}.`,
        (w) => `Requested ${w.euro(a.requestedCents)}; range ${range(w, 'to')}.`,
      ),
    },
    periode:
      startDate === null || endDate === null
        ? {
            result: false,
            detail: say(
              (w) => `Geen begin- en einddatum opgegeven; uitvoeringsperiode ${period(w, 't/m')}.`,
              (w) => `No start and end date given; execution period ${period(w, 'to')}.`,
            ),
          }
        : {
            result: startDate >= round.executionFrom && endDate <= round.executionTo,
            detail: say(
              (w) => `${w.day(startDate)} t/m ${w.day(endDate)}; uitvoeringsperiode ${period(w, 't/m')}.`,
              (w) => `${w.day(startDate)} to ${w.day(endDate)}; execution period ${period(w, 'to')}.`,
            ),
          },
    begroting: {
      result: a.costLineCount > 0 && a.balanced,
      detail:
        a.costLineCount > 0
          ? msg(
              `${a.costLineCount} kostenregel(s)${a.balanced ? ', de begroting sluit' : ', de begroting sluit niet'}.`,
              `${a.costLineCount} cost line(s)${a.balanced ? ', the budget balances' : ', the budget does not balance'}.`,
            )
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
        : {
            result: inArea,
            detail: msg(
              `Wijk ${a.wijk}; gebied van de ronde: ${round.areaWijken.join(', ')}.`,
              `Neighbourhood ${a.wijk}; area of the round: ${round.areaWijken.join(', ')}.`,
            ),
          },
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
        say(
          ({ euro }) =>
            `De begroting sluit niet: de kosten (${euro(t.costsCents)}) zijn niet gelijk aan het gevraagde bedrag plus de overige dekking in geld (${euro(t.coverageCents)}).`,
          ({ euro }) =>
            `The budget does not balance: the costs (${euro(t.costsCents)}) are not equal to the requested amount plus the other funding in money (${euro(t.coverageCents)}).`,
        ),
      );
    }
    if (a.requestedCents > t.reimbursableCents) {
      add(
        'requestedCents',
        say(
          ({ euro }) =>
            `Het gevraagde bedrag (${euro(a.requestedCents)}) is hoger dan de kosten die vergoed kunnen worden (${euro(t.reimbursableCents)}): niet-vergoedbare kosten komen uit andere bronnen.`,
          ({ euro }) =>
            `The requested amount (${euro(a.requestedCents)}) is higher than the costs that can be reimbursed (${euro(t.reimbursableCents)}): non-reimbursable costs come from other sources.`,
        ),
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
      say(
        ({ euro }) =>
          `Het gevraagde bedrag (${euro(a.requestedCents)}) ligt buiten het bereik van de ronde (${euro(round.minCents)} tot en met ${euro(round.maxCents)}). Registreer de aanvraag alleen als ze zo is ingediend: ze is dan niet ontvankelijk.`,
        ({ euro }) =>
          `The requested amount (${euro(a.requestedCents)}) is outside the round’s range (${euro(round.minCents)} to ${euro(round.maxCents)}). Only register the application if it was submitted like this: it is then not admissible.`,
      ),
    );
  }
  const receivedOn = a.receivedOn;
  if (receivedOn !== null && (receivedOn < round.opensOn || receivedOn > round.closesOn)) {
    add(
      'receivedOn',
      say(
        ({ day }) =>
          `Ontvangen op ${day(receivedOn)}, buiten de indieningstermijn (${day(round.opensOn)} t/m ${day(round.closesOn)}).`,
        ({ day }) =>
          `Received on ${day(receivedOn)}, outside the submission window (${day(round.opensOn)} to ${day(round.closesOn)}).`,
      ),
    );
  }
  if (a.startDate !== null && (a.startDate < round.executionFrom || a.startDate > round.executionTo))
    add(
      'startDate',
      say(
        ({ day }) =>
          `De begindatum ligt buiten de uitvoeringsperiode (${day(round.executionFrom)} t/m ${day(round.executionTo)}).`,
        ({ day }) =>
          `The start date is outside the execution period (${day(round.executionFrom)} to ${day(round.executionTo)}).`,
      ),
    );
  if (a.endDate !== null && (a.endDate < round.executionFrom || a.endDate > round.executionTo))
    add(
      'endDate',
      say(
        ({ day }) =>
          `De einddatum ligt buiten de uitvoeringsperiode (${day(round.executionFrom)} t/m ${day(round.executionTo)}).`,
        ({ day }) =>
          `The end date is outside the execution period (${day(round.executionFrom)} to ${day(round.executionTo)}).`,
      ),
    );
  if (round.areaWijken.length && !round.areaWijken.some((w) => w.toLowerCase() === a.wijk.toLowerCase()))
    add(
      'wijk',
      compose((_, lang) =>
        lang === 'nl'
          ? `${a.wijk} hoort niet bij het gebied van deze ronde (${round.areaWijken.join(', ')}).`
          : `${a.wijk} is not in the area of this round (${round.areaWijken.join(', ')}).`,
      ),
    );
  if (a.requestedCents > round.ledger.remainingCents)
    add(
      'requestedCents',
      say(
        ({ euro }) => `Er resteert nog ${euro(round.ledger.remainingCents)} in deze ronde.`,
        ({ euro }) => `${euro(round.ledger.remainingCents)} remains in this round.`,
      ),
    );
  return out;
}

export function requireConfirmation(warnings: Record<string, string[]>, confirmed: boolean): void {
  const all = Object.values(warnings).flat();
  if (all.length && !confirmed) {
    throw new ApiError(
      'NEEDS_CONFIRMATION',
      say(
        ({ t }) =>
          `Let op: ${t(all[0]!)}${all.length > 1 ? ` (en ${all.length - 1} andere waarschuwing${all.length > 2 ? 'en' : ''})` : ''}`,
        ({ t }) =>
          `Note: ${t(all[0]!)}${all.length > 1 ? ` (and ${all.length - 1} other warning${all.length > 2 ? 's' : ''})` : ''}`,
      ),
      { ...warnings, warnings: all },
    );
  }
}
