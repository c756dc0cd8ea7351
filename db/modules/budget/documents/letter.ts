import type { Db } from '../../../platform/database';
import type { Actor } from '../../../contract/method';
import { ApiError } from '../../../platform/errors';
import { addDays, formatCents } from '../../../platform/clock';
import { SCHEME_LABELS, STATUS_WORDS } from '../schemas';
import { say } from '../say';
import { dateLong } from '../shared';
import { getApplication, type ApplicationDetail, type DecisionRow } from '../applications/detail';
import { getRound, type Round } from '../rounds';
import { meetingDetail } from '../meetings/detail';
import { OUTCOME_LABELS, letterhead, lines } from './paper';

/** Weeks after the end of the execution period within which the accountability is due. */
export const ACCOUNTABILITY_WEEKS = 8;

/** The last day for the accountability: some weeks after the activity ends, at the latest after the round's period. */
export function accountabilityDueOn(endDate: string | null, executionTo: string): string {
  const end = endDate ?? executionTo;
  return addDays(end < executionTo ? end : executionTo, ACCOUNTABILITY_WEEKS * 7);
}

export type LetterKind = 'toekenning' | 'deels_toekenning' | 'afwijzing' | 'aanhouding' | 'niet_ontvankelijk';
const LETTER_LABELS: Record<LetterKind, string> = {
  toekenning: 'Toekenning',
  deels_toekenning: 'Gedeeltelijke toekenning',
  afwijzing: 'Afwijzing',
  aanhouding: 'Aanhouding',
  niet_ontvankelijk: 'Niet ontvankelijk',
};

/** Which letter an application gets now, and on which decision it rests. */
function letterBasis(a: ApplicationDetail): { kind: LetterKind; decision: DecisionRow | null } {
  if (a.status === 'niet_ontvankelijk') return { kind: 'niet_ontvankelijk', decision: null };
  const decided = [...a.decisions].reverse().find((d) => d.decidedAt !== null && d.outcome !== null);
  if (!decided || !decided.outcome)
    throw new ApiError(
      'CONFLICT',
      say(
        ({ t }) =>
          `Over deze aanvraag is nog geen besluit genomen (${t(STATUS_WORDS[a.status]).toLowerCase()}): er is nog geen brief.`,
        ({ t }) =>
          `No decision has been taken on this application yet (${t(STATUS_WORDS[a.status]).toLowerCase()}): there is no letter yet.`,
      ),
    );
  const kind: LetterKind =
    decided.outcome === 'toegekend'
      ? 'toekenning'
      : decided.outcome === 'deels_toegekend'
        ? 'deels_toekenning'
        : decided.outcome === 'afgewezen'
          ? 'afwijzing'
          : 'aanhouding';
  return { kind, decision: decided };
}

/** The paragraphs of a grant: amount, motivation, conditions, the period, the accountability and the payment. */
function grantParagraphs(
  a: ApplicationDetail,
  round: Round,
  kind: LetterKind,
  decision: DecisionRow,
  conditions: string[],
): { paragraphs: string[]; accountabilityDueOn: string } {
  const paragraphs = [
    kind === 'toekenning'
      ? `De commissie heeft besloten u de gevraagde bijdrage van ${formatCents(decision.grantedCents)} toe te kennen.`
      : `De commissie heeft besloten u een bijdrage van ${formatCents(decision.grantedCents)} toe te kennen. U vroeg ${formatCents(a.requestedCents)}; de commissie kent een deel van het gevraagde bedrag toe.`,
    `Motivering: ${decision.motivation}`,
  ];
  if (conditions.length) paragraphs.push('Aan de bijdrage zijn de volgende voorwaarden verbonden:');
  const dueOn = accountabilityDueOn(a.endDate, round.executionTo);
  paragraphs.push(
    `U voert de activiteit uit ${a.startDate && a.endDate ? `van ${dateLong(a.startDate)} tot en met ${dateLong(a.endDate)}` : `in de periode van ${dateLong(round.executionFrom)} tot en met ${dateLong(round.executionTo)}`}. Uiterlijk ${dateLong(dueOn)} ontvangen wij uw verantwoording: de werkelijke kosten per kostenpost, het bereik per doelgroep en een korte evaluatie. Geld dat niet is besteed, betaalt u terug.`,
    a.iban
      ? `Wij maken de bijdrage over op rekening ${a.iban} ten name van ${a.applicantName}, volgens het betaalschema hieronder.`
      : 'Geef ons het rekeningnummer door waarop wij de bijdrage kunnen overmaken.',
  );
  return { paragraphs, accountabilityDueOn: dueOn };
}

/** The body of the letter, from the receipt to whom to ask; and for a grant, when the accountability is due. */
function letterParagraphs(
  a: ApplicationDetail,
  round: Round,
  basis: { kind: LetterKind; decision: DecisionRow | null },
  conditions: string[],
  head: ReturnType<typeof letterhead>,
): { paragraphs: string[]; accountabilityDueOn: string | null } {
  const { kind, decision } = basis;
  const paragraphs: string[] = [
    a.receivedOn
      ? `Op ${dateLong(a.receivedOn)} ontvingen wij uw aanvraag voor een bijdrage uit ${a.scheme === 'lokaal_budget' ? 'het Lokaal Budget' : 'Right to Cooperate'} voor "${a.title}".`
      : `Wij ontvingen uw aanvraag voor "${a.title}".`,
  ];
  const meetingText = decision
    ? `De commissie ${SCHEME_LABELS[a.scheme]} heeft uw aanvraag besproken in haar vergadering van ${dateLong(decision.meetingDate)}.`
    : '';
  let accountabilityDueOn: string | null = null;
  if (kind === 'niet_ontvankelijk') {
    paragraphs.push(
      `Wij hebben uw aanvraag getoetst aan de voorwaarden van de ronde "${round.name}". Uw aanvraag voldoet niet aan ${a.eligibility.filter((e) => !e.met).length === 1 ? 'de volgende voorwaarde' : 'de volgende voorwaarden'}:`,
      `Daarom is uw aanvraag niet ontvankelijk en wordt ze niet aan de commissie voorgelegd. ${a.eligibilityMotivation}`.trim(),
    );
  } else if (kind === 'toekenning' || kind === 'deels_toekenning') {
    const grant = grantParagraphs(a, round, kind, decision!, conditions);
    paragraphs.push(meetingText, ...grant.paragraphs);
    accountabilityDueOn = grant.accountabilityDueOn;
  } else {
    paragraphs.push(
      meetingText,
      kind === 'afwijzing'
        ? 'De commissie heeft besloten uw aanvraag af te wijzen.'
        : 'De commissie heeft besloten uw aanvraag aan te houden en in een volgende vergadering opnieuw te bespreken.',
      `Motivering: ${decision!.motivation}`,
    );
  }
  paragraphs.push(
    `Heeft u vragen over dit besluit? Neem dan contact op met ${head.name}${head.phone ? `, telefoon ${head.phone}` : ''}${head.email ? `, e-mail ${head.email}` : ''}.`,
  );
  return { paragraphs, accountabilityDueOn };
}

/** The meeting's chair and secretary sign a decision; the beheerder signs a letter of non-admissibility. */
function signaturesOf(
  db: Db,
  decision: DecisionRow | null,
  scheme: string,
  actor: Pick<Actor, 'name'> | null,
  head: ReturnType<typeof letterhead>,
): { name: string; role: string }[] {
  if (!decision) return [{ name: actor?.name ?? '', role: `namens ${head.name}` }];
  const meeting = meetingDetail(db, decision.meetingId);
  return [
    ...(meeting.chair ? [{ name: meeting.chair.name, role: `voorzitter commissie ${scheme}` }] : []),
    ...(meeting.secretary ? [{ name: meeting.secretary, role: `secretaris commissie ${scheme}` }] : []),
  ];
}

/** Weeks within which an applicant may object to a decision (Algemene wet bestuursrecht, art. 6:7). */
export const OBJECTION_WEEKS = 6;

/**
 * How to object (bezwaar maken), in plain words: a decision letter must say it (Awb 3:45). Not for a deferral,
 * which decides nothing yet.
 */
function objection(head: ReturnType<typeof letterhead>, reference: string | null, today: string): string {
  return `Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Doe dat binnen ${OBJECTION_WEEKS} weken, dus uiterlijk ${dateLong(addDays(today, OBJECTION_WEEKS * 7))}. Stuur een brief of e-mail aan ${head.name}${head.email ? ` (${head.email})` : ''}. Schrijf daarin uw naam en adres, de datum, ${reference ? `het kenmerk ${reference}, ` : ''}waarom u het niet eens bent met het besluit, en zet er uw handtekening onder.`;
}

/** The decision letter for one application, dated `today`. */
export function decisionLetter(db: Db, applicationId: number, actor: Pick<Actor, 'name'> | null, today: string) {
  const a = getApplication(db, applicationId);
  const round = getRound(db, a.roundId);
  const head = letterhead(db);
  const { kind, decision } = letterBasis(a);
  const scheme = SCHEME_LABELS[a.scheme];
  const conditions = decision ? lines(decision.conditions) : [];
  const { paragraphs, accountabilityDueOn } = letterParagraphs(a, round, { kind, decision }, conditions, head);
  if (kind !== 'aanhouding') paragraphs.splice(paragraphs.length - 1, 0, objection(head, a.number, today));
  return {
    kind,
    kindLabel: LETTER_LABELS[kind],
    letterhead: head,
    date: today,
    dateText: dateLong(today),
    reference: a.number,
    addressee: {
      name: a.applicantName,
      attention: a.contactName,
      addressLines: lines(a.contactAddress),
      email: a.contactEmail,
    },
    subject: `${LETTER_LABELS[kind]}: uw aanvraag ${scheme} "${a.title}" (${a.number})`,
    salutation: `Beste ${a.contactName || a.applicantName},`,
    paragraphs,
    failedCriteria:
      kind === 'niet_ontvankelijk'
        ? a.eligibility.filter((e) => !e.met).map((e) => ({ label: e.label, note: e.note }))
        : [],
    decision: decision
      ? {
          outcome: decision.outcome,
          outcomeLabel: OUTCOME_LABELS[decision.outcome!],
          meetingDate: decision.meetingDate,
          requestedCents: a.requestedCents,
          grantedCents: decision.grantedCents,
          motivation: decision.motivation,
          conditions,
        }
      : null,
    payments:
      kind === 'toekenning' || kind === 'deels_toekenning'
        ? a.payments
            .filter((p) => p.kind !== 'terugbetaling')
            .map((p) => ({ kind: p.kind, amountCents: p.amountCents, dueOn: p.dueOn, paidOn: p.paidOn }))
        : [],
    accountabilityDueOn,
    closing: 'Met vriendelijke groet,',
    signatures: signaturesOf(db, decision, scheme, actor, head),
  };
}
