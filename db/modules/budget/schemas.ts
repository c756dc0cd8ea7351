import { z } from '../../contract/zod';
import {
  clockTime,
  id,
  isoDate,
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
} from '../../contract/fields';

export const SCHEMES = ['lokaal_budget', 'right_to_cooperate'] as const;
export type Scheme = (typeof SCHEMES)[number];
export const SCHEME_LABELS: Record<Scheme, string> = {
  lokaal_budget: 'Lokaal Budget',
  right_to_cooperate: 'Right to Cooperate',
};

export const APPLICANT_TYPES = [
  'bewoner',
  'bewonersgroep',
  'organisatie',
  'sociaal_ondernemer',
  'welzijnsaanbieder',
] as const;
export const APPLICANT_TYPE_LABELS: Record<(typeof APPLICANT_TYPES)[number], string> = {
  bewoner: 'Bewoner',
  bewonersgroep: 'Bewonersgroep',
  organisatie: 'Organisatie',
  sociaal_ondernemer: 'Sociaal ondernemer',
  welzijnsaanbieder: 'Welzijnsaanbieder',
};
export const PARTNER_KINDS = [
  'bewonersgroep',
  'organisatie',
  'sociaal_ondernemer',
  'welzijnsaanbieder',
  'overig',
] as const;

export const PRIORITY_GROUPS = ['jeugd', 'ouderen', 'kwetsbare_bewoners'] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];
export const PRIORITY_GROUP_LABELS: Record<PriorityGroup, string> = {
  jeugd: 'Jeugd (4–23)',
  ouderen: 'Ouderen (65+)',
  kwetsbare_bewoners: 'Kwetsbare bewoners',
};
/** Reach is counted per priority group, plus everyone else. */
export const REACH_KEYS = [...PRIORITY_GROUPS, 'overig'] as const;
export type Reach = Record<(typeof REACH_KEYS)[number], number>;

export const APPLICATION_STATUSES = [
  'concept',
  'ingediend',
  'ontvankelijk',
  'niet_ontvankelijk',
  'geagendeerd',
  'toegekend',
  'deels_toegekend',
  'afgewezen',
  'aangehouden',
  'bevoorschot',
  'uitbetaald',
  'verantwoord',
  'afgesloten',
  'ingetrokken',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  concept: 'Concept',
  ingediend: 'Ingediend',
  ontvankelijk: 'Ontvankelijk',
  niet_ontvankelijk: 'Niet ontvankelijk',
  geagendeerd: 'Geagendeerd',
  toegekend: 'Toegekend',
  deels_toegekend: 'Deels toegekend',
  afgewezen: 'Afgewezen',
  aangehouden: 'Aangehouden',
  bevoorschot: 'Bevoorschot',
  uitbetaald: 'Uitbetaald',
  verantwoord: 'Verantwoord',
  afgesloten: 'Afgesloten',
  ingetrokken: 'Ingetrokken',
};
export const OUTCOMES = ['toegekend', 'deels_toegekend', 'afgewezen', 'aangehouden'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const VOTES = ['voor', 'tegen', 'onthouding'] as const;
export type Vote = (typeof VOTES)[number];
export const QUORUM_KINDS = ['meer_dan_helft', 'twee_derde', 'aantal'] as const;
export const MAJORITY_RULES = ['gewone_meerderheid', 'volstrekte_meerderheid'] as const;
export const TIE_BREAKS = ['voorzitter', 'aanhouden', 'afwijzen'] as const;
export const ATTENDANCE_STATUSES = ['aanwezig', 'afwezig_met_bericht', 'afwezig'] as const;
export const MEETING_STATUSES = ['gepland', 'geopend', 'gesloten', 'geannuleerd'] as const;
export const PAYMENT_KINDS = ['voorschot', 'betaling', 'terugbetaling'] as const;
export const FUNDING_KINDS = ['cofinanciering', 'eigen_bijdrage'] as const;
export const AUTO_CHECKS = ['venster', 'bedrag', 'periode', 'begroting', 'gebied'] as const;

/** 10 MB per attachment, stored in the database. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** Documents and pictures an application comes with; nothing a viewer could run. */
export const ATTACHMENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'text/plain',
  'text/csv',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
] as const;

const cap = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;
/** An amount in whole cents, at most € 10 mln. */
export const cents = (label: string) =>
  z
    .number({ error: `Vul ${label} in.` })
    .int(`Vul ${label} in hele centen in.`)
    .min(0, `${cap(label)} kan niet negatief zijn.`)
    .max(1_000_000_000, `${cap(label)} is te hoog.`);
const positiveCents = (label: string) => cents(label).refine((n) => n > 0, `${cap(label)} moet meer dan € 0 zijn.`);
const count = (label: string, max = 100_000) =>
  z
    .number({ error: `Vul ${label} in als getal.` })
    .int(`Vul voor ${label} een heel getal in.`)
    .min(0, `${cap(label)} kan niet negatief zijn.`)
    .max(max, `${cap(label)} is te hoog.`);

export const yearInput = z.object({
  year: z
    .number({ error: 'Vul een jaar in.' })
    .int('Vul een jaar in.')
    .min(2000, 'Kies een jaar vanaf 2000.')
    .max(2100, 'Kies een jaar tot 2100.'),
  totalCents: cents('het jaarbudget'),
  source: optionalText('Herkomst', 300),
  notes: optionalText('Notities', 2000),
});
export const yearUpdate = z.object({ id }).and(yearInput);

const criterion = z.object({
  id: id.nullable().default(null),
  name: requiredText('Criterium', 120),
  description: optionalText('Toelichting', 500),
  maxScore: z
    .number({ error: 'Vul een maximumscore in.' })
    .int('Vul een heel getal in.')
    .min(1, 'Minstens 1 punt.')
    .max(10, 'Hoogstens 10 punten.')
    .default(5),
});

export const roundInput = z
  .object({
    yearId: id,
    name: requiredText('Naam', 120),
    scheme: z.enum(SCHEMES, { error: 'Kies Lokaal Budget of Right to Cooperate.' }),
    opensOn: isoDate,
    closesOn: isoDate,
    minCents: cents('het minimumbedrag'),
    maxCents: cents('het maximumbedrag'),
    ceilingCents: cents('het plafond'),
    executionFrom: isoDate,
    executionTo: isoDate,
    wijken: z
      .array(requiredText('Wijk', 80), { error: 'Geef de wijken als lijst.' })
      .max(20, 'Hoogstens 20 wijken.')
      .default([]),
    description: optionalText('Toelichting', 4000),
    criteria: z
      .array(criterion, { error: 'Geef de criteria als lijst.' })
      .max(12, 'Hoogstens 12 criteria.')
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (v.closesOn < v.opensOn)
      ctx.addIssue({
        code: 'custom',
        path: ['closesOn'],
        message: 'De sluitingsdatum mag niet voor de openingsdatum liggen.',
      });
    if (v.executionTo < v.executionFrom)
      ctx.addIssue({
        code: 'custom',
        path: ['executionTo'],
        message: 'Het einde van de uitvoeringsperiode mag niet voor het begin liggen.',
      });
    if (v.maxCents < v.minCents)
      ctx.addIssue({
        code: 'custom',
        path: ['maxCents'],
        message: 'Het maximumbedrag mag niet lager zijn dan het minimumbedrag.',
      });
    if (v.maxCents === 0)
      ctx.addIssue({ code: 'custom', path: ['maxCents'], message: 'Het maximumbedrag moet meer dan € 0 zijn.' });
    if (v.maxCents > v.ceilingCents)
      ctx.addIssue({
        code: 'custom',
        path: ['maxCents'],
        message: 'Het maximumbedrag per aanvraag mag niet hoger zijn dan het plafond van de ronde.',
      });
    const names = v.criteria.map((c) => c.name.toLowerCase());
    names.forEach((n, i) => {
      if (names.indexOf(n) !== i)
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'name'], message: 'Elk criterium maar één keer.' });
    });
  });
export const roundUpdate = z.object({ id }).and(roundInput);
export type RoundInput = z.output<typeof roundInput>;

export const roundQuery = z.object({ yearId: id.nullable().default(null) }).default({ yearId: null });
export const ledgerQuery = z
  .object({ yearId: id.nullable().default(null), roundId: id.nullable().default(null) })
  .refine((v) => (v.yearId === null) !== (v.roundId === null), {
    message: 'Kies een jaar of een ronde.',
    path: ['yearId'],
  });

const reach = z
  .object(
    {
      jeugd: count('het bereik onder jeugd').default(0),
      ouderen: count('het bereik onder ouderen').default(0),
      kwetsbare_bewoners: count('het bereik onder kwetsbare bewoners').default(0),
      overig: count('het overige bereik').default(0),
    },
    { error: 'Geef het bereik per groep.' },
  )
  .default({ jeugd: 0, ouderen: 0, kwetsbare_bewoners: 0, overig: 0 });

export const costLine = z.object({
  description: requiredText('Omschrijving', 200),
  amountCents: cents('het bedrag'),
  /** Not every cost is reimbursed: a non-reimbursable line must be covered from other sources. */
  reimbursable: z.boolean({ error: 'Kies of deze kosten vergoed kunnen worden.' }).default(true),
  note: optionalText('Toelichting', 500),
});
export const fundingLine = z.object({
  kind: z.enum(FUNDING_KINDS, { error: 'Kies cofinanciering of eigen bijdrage.' }),
  source: requiredText('Bron', 160),
  amountCents: cents('het bedrag'),
  /** Valued help (volunteer hours, materials): counts in the valuation, not in the money balance. */
  inKind: z.boolean().default(false),
  confirmed: z.boolean().default(false),
});
export const partnerInput = z.object({
  name: requiredText('Naam van de partner', 160),
  kind: z.enum(PARTNER_KINDS, { error: 'Kies wat voor partij dit is.' }),
  contactName: optionalText('Contactpersoon', 120),
  contactEmail: optionalEmail,
  contactPhone: optionalPhone,
  role: requiredText('Rol in de samenwerking', 1000),
  cashCents: cents('de bijdrage in geld').default(0),
  inKindDescription: optionalText('Bijdrage in natura', 1000),
  inKindCents: cents('de waarde van de bijdrage in natura').default(0),
});

const applicationFields = {
  roundId: id,
  applicantType: z.enum(APPLICANT_TYPES, { error: 'Kies wie de aanvraag doet.' }),
  applicantName: requiredText('Naam van de aanvrager', 160),
  contactName: requiredText('Contactpersoon', 120),
  contactPhone: optionalPhone,
  contactEmail: optionalEmail,
  contactAddress: optionalText('Adres', 400),
  kvkNumber: z
    .string()
    .trim()
    .refine((s) => s === '' || /^\d{8}$/.test(s), 'Een KvK-nummer heeft 8 cijfers.')
    .default(''),
  iban: z
    .string()
    .trim()
    .toUpperCase()
    .transform((s) => s.replace(/\s+/g, ''))
    .refine((s) => s === '' || /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s), 'Dit is geen geldig IBAN.')
    .default(''),
  wijk: requiredText('Wijk', 80),
  involvement: optionalText('Betrokkenheid bij de wijk', 2000),
  title: requiredText('Titel', 160),
  description: optionalText('Wat gaat u doen', 8000),
  goals: optionalText('Doelen en verwachte resultaten', 4000),
  contribution: optionalText('Bijdrage aan de wijkopgave', 4000),
  complementarity: optionalText('Aanvulling op het welzijnsaanbod', 2000),
  recurrence: z.enum(['eenmalig', 'terugkerend'], { error: 'Kies eenmalig of terugkerend.' }).default('eenmalig'),
  priorityGroups: z
    .array(z.enum(PRIORITY_GROUPS, { error: 'Kies jeugd, ouderen of kwetsbare bewoners.' }), {
      error: 'Geef de prioriteitsgroepen als lijst.',
    })
    .max(3)
    .default([]),
  expectedReach: reach,
  expectedParticipants: count('het aantal deelnemers').nullable().default(null),
  expectedMeetings: count('het aantal bijeenkomsten', 10_000).nullable().default(null),
  startDate: isoDate.nullable().default(null),
  endDate: isoDate.nullable().default(null),
  location: optionalText('Locatie', 200),
  roomId: id.nullable().default(null),
  requestedCents: cents('het gevraagde bedrag'),
  costLines: z
    .array(costLine, { error: 'Geef de kosten als lijst.' })
    .max(60, 'Hoogstens 60 kostenregels.')
    .default([]),
  funding: z
    .array(fundingLine, { error: 'Geef de dekking als lijst.' })
    .max(20, 'Hoogstens 20 regels dekking.')
    .default([]),
  partners: z
    .array(partnerInput, { error: 'Geef de partners als lijst.' })
    .max(12, 'Hoogstens 12 partners.')
    .default([]),
  notes: optionalText('Notities', 4000),
};

type Checked = {
  startDate: string | null;
  endDate: string | null;
  priorityGroups: string[];
  expectedReach: Record<string, number>;
};
function checkApplication(v: Checked, ctx: z.RefinementCtx): void {
  if (v.startDate && v.endDate && v.endDate < v.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'De einddatum mag niet voor de begindatum liggen.' });
  if (new Set(v.priorityGroups).size !== v.priorityGroups.length)
    ctx.addIssue({ code: 'custom', path: ['priorityGroups'], message: 'Elke prioriteitsgroep maar één keer.' });
  for (const group of PRIORITY_GROUPS) {
    if ((v.expectedReach[group] ?? 0) > 0 && !v.priorityGroups.includes(group)) {
      ctx.addIssue({
        code: 'custom',
        path: ['expectedReach', group],
        message: `Vink ${PRIORITY_GROUP_LABELS[group].toLowerCase()} aan als prioriteitsgroep, of laat het verwachte bereik 0.`,
      });
    }
  }
}

/** register: save as received (ingediend, with a number) instead of as a concept. */
export const applicationCreate = z
  .object({
    ...applicationFields,
    register: z.boolean().default(false),
    receivedOn: isoDate.nullable().default(null),
    confirmWarnings: z.boolean().default(false),
  })
  .superRefine(checkApplication)
  .refine((v) => !v.register || v.receivedOn !== null, {
    message: 'Vul in wanneer de aanvraag is ontvangen.',
    path: ['receivedOn'],
  });
export const applicationUpdate = z
  .object({
    id,
    ...applicationFields,
    receivedOn: isoDate.nullable().default(null),
    confirmWarnings: z.boolean().default(false),
  })
  .superRefine(checkApplication);
export type ApplicationFields = z.output<typeof applicationUpdate>;

export const applicationContact = z.object({
  id,
  contactName: applicationFields.contactName,
  contactPhone: optionalPhone,
  contactEmail: optionalEmail,
  contactAddress: applicationFields.contactAddress,
  iban: applicationFields.iban,
});
export const applicationSubmit = z.object({ id, receivedOn: isoDate, confirmWarnings: z.boolean().default(false) });
export const applicationWithdraw = z.object({ id, reason: requiredText('Reden', 1000) });
export const applicationQuery = z
  .object({
    yearId: id.nullable().default(null),
    roundId: id.nullable().default(null),
    statuses: z.array(z.enum(APPLICATION_STATUSES)).max(14).default([]),
    search: z.string().trim().max(100).default(''),
  })
  .default({ yearId: null, roundId: null, statuses: [], search: '' });

export const attachmentInput = z.object({
  applicationId: id,
  fileName: requiredText('Bestandsnaam', 200).refine(
    (s) => !/[\\/:*?"<>|]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 32),
    'Een bestandsnaam zonder / \\ : * ? " < > |.',
  ),
  mimeType: z.enum(ATTACHMENT_TYPES, {
    error:
      'Dit soort bestand kan niet worden bijgevoegd: kies een pdf, afbeelding, tekst-, Word-, Excel- of OpenDocument-bestand.',
  }),
  description: optionalText('Omschrijving', 300),
  // 10 MB as base64 is about 13,98 million characters.
  contentBase64: z
    .string({ error: 'Kies een bestand.' })
    .min(1, 'Kies een bestand.')
    .max(14_000_000, 'Een bijlage mag hoogstens 10 MB zijn.')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'De inhoud van het bestand is niet goed doorgekomen (geen base64).'),
});

export const eligibilityCriterionInput = z.object({
  scheme: z.enum(SCHEMES, { error: 'Kies Lokaal Budget of Right to Cooperate.' }),
  label: requiredText('Omschrijving', 200),
  help: optionalText('Toelichting', 1000),
  auto: z
    .enum(['', 'venster', 'bedrag', 'periode', 'begroting', 'gebied'], {
      error: 'Kies een automatische controle of geen.',
    })
    .default(''),
  sortOrder: z.number().int().min(0).max(1000).default(100),
});
export const eligibilityCriterionUpdate = z
  .object({ id, active: z.boolean({ error: 'Kies actief of niet.' }) })
  .and(eligibilityCriterionInput.omit({ scheme: true }));
export const eligibilityQuery = z
  .object({ scheme: z.enum(SCHEMES).nullable().default(null), includeInactive: z.boolean().default(false) })
  .default({ scheme: null, includeInactive: false });

export const assessInput = z.object({
  id,
  assessedOn: isoDate,
  answers: z
    .array(
      z.object({
        criterionId: id,
        met: z.boolean({ error: 'Kies ja of nee.' }),
        note: optionalText('Toelichting', 1000),
      }),
      { error: 'Vul de checklist in.' },
    )
    .min(1, 'Vul de checklist in.')
    .max(40),
  motivation: optionalText('Motivering', 4000),
});

export const memberInput = z
  .object({
    name: requiredText('Naam', 120),
    phone: optionalPhone,
    email: optionalEmail,
    termFrom: isoDate,
    termTo: isoDate.nullable().default(null),
    isResident: z.boolean({ error: 'Kies of dit lid bewoner van de wijk is.' }),
    isWijkraad: z.boolean().default(false),
    voting: z.boolean({ error: 'Kies stemgerechtigd of adviserend.' }),
    isChair: z.boolean().default(false),
    isSecretary: z.boolean().default(false),
    userId: id.nullable().default(null),
    notes: optionalText('Notities', 1000),
  })
  .superRefine((v, ctx) => {
    if (v.termTo !== null && v.termTo < v.termFrom)
      ctx.addIssue({
        code: 'custom',
        path: ['termTo'],
        message: 'Het einde van de zittingstermijn mag niet voor het begin liggen.',
      });
    if (v.isChair && !v.voting)
      ctx.addIssue({ code: 'custom', path: ['isChair'], message: 'De voorzitter is een stemgerechtigd lid.' });
  });
export const memberUpdate = z.object({ id }).and(memberInput);
export const memberEndTerm = z.object({ id, termTo: isoDate });
export const memberQuery = z.object({ includeFormer: z.boolean().default(false) }).default({ includeFormer: false });

export const rulesInput = z.object({
  quorumKind: z.enum(QUORUM_KINDS, { error: 'Kies een quorumregel.' }),
  quorumCount: z
    .number()
    .int('Vul een heel getal in.')
    .min(1, 'Minstens 1 lid.')
    .max(50, 'Hoogstens 50 leden.')
    .default(1),
  majority: z.enum(MAJORITY_RULES, { error: 'Kies een meerderheidsregel.' }),
  tieBreak: z.enum(TIE_BREAKS, { error: 'Kies wat er gebeurt als de stemmen staken.' }),
});

export const meetingInput = z.object({
  date: isoDate,
  startTime: clockTime,
  location: optionalText('Locatie', 200),
  roomId: id.nullable().default(null),
  notes: optionalText('Notities', 2000),
});
export const meetingUpdate = z.object({ id }).and(meetingInput).and(rulesInput.partial());
export const meetingQuery = z
  .object({ from: isoDate.nullable().default(null), to: isoDate.nullable().default(null) })
  .default({ from: null, to: null });
export const agendaInput = z.object({
  id,
  applicationIds: z
    .array(id, { error: 'Geef de aanvragen als lijst.' })
    .max(40, 'Hoogstens 40 agendapunten.')
    .refine((ids) => new Set(ids).size === ids.length, 'Elke aanvraag maar één keer op de agenda.'),
});
export const attendanceInput = z.object({
  id,
  members: z
    .array(
      z.object({
        memberId: id,
        status: z.enum(ATTENDANCE_STATUSES, { error: 'Kies aanwezig, afwezig met bericht of afwezig.' }),
      }),
      { error: 'Geef de presentie als lijst.' },
    )
    .max(50)
    .refine((rows) => new Set(rows.map((r) => r.memberId)).size === rows.length, 'Elk lid maar één keer.'),
  chairMemberId: id.nullable().default(null),
  guests: optionalText('Overige aanwezigen', 1000),
});
export const meetingCancel = z.object({ id, reason: requiredText('Reden', 500) });

export const declarationInput = z.object({
  itemId: id,
  memberId: id,
  reason: requiredText('Reden van de belangenverstrengeling', 1000),
});
export const declarationRemove = z.object({ itemId: id, memberId: id });
export const scoreInput = z.object({
  itemId: id,
  memberId: id,
  scores: z
    .array(
      z.object({
        criterionId: id,
        score: z
          .number({ error: 'Vul een score in.' })
          .int('Vul een heel getal in.')
          .min(0, 'Een score kan niet negatief zijn.')
          .max(10),
      }),
      { error: 'Geef de scores als lijst.' },
    )
    .min(1, 'Geef minstens één score.')
    .max(12),
});
export const proposalInput = z.object({
  itemId: id,
  proposedCents: positiveCents('het voorgestelde bedrag'),
  conditions: optionalText('Voorwaarden', 4000),
});
export const voteInput = z.object({
  itemId: id,
  memberId: id,
  /** null removes a recorded vote. */
  vote: z.enum(VOTES, { error: 'Kies voor, tegen of onthouding.' }).nullable(),
});
export const decideInput = z.object({
  itemId: id,
  /** Defer (aanhouden) without a vote, e.g. for more information; otherwise the votes decide. */
  defer: z.boolean().default(false),
  motivation: requiredText('Motivering', 4000),
});

export const paymentInput = z
  .object({
    applicationId: id,
    kind: z.enum(PAYMENT_KINDS, { error: 'Kies voorschot, betaling of terugbetaling.' }),
    amountCents: positiveCents('het bedrag'),
    dueOn: isoDate.nullable().default(null),
    paidOn: isoDate.nullable().default(null),
    reference: optionalText('Kenmerk', 120),
    note: optionalText('Notitie', 500),
  })
  .refine((v) => v.paidOn !== null || v.dueOn !== null, {
    message: 'Vul de betaaldatum in, of de geplande datum voor een termijn die nog komt.',
    path: ['paidOn'],
  })
  .refine((v) => v.paidOn === null || v.reference !== '', {
    message: 'Vul het kenmerk van de betaling in.',
    path: ['reference'],
  })
  .refine((v) => v.kind !== 'terugbetaling' || v.paidOn !== null, {
    message: 'Een terugbetaling wordt vastgelegd als ze ontvangen is: vul de datum in.',
    path: ['paidOn'],
  });
export const paymentPaid = z.object({ id, paidOn: isoDate, reference: requiredText('Kenmerk', 120) });
export const paymentQuery = z
  .object({ roundId: id.nullable().default(null), planned: z.boolean().default(false) })
  .default({ roundId: null, planned: false });

export const accountabilityInput = z.object({
  applicationId: id,
  accountedOn: isoDate,
  actualCosts: z
    .array(z.object({ costLineId: id, actualCents: cents('de werkelijke kosten') }), {
      error: 'Geef de werkelijke kosten per kostenregel.',
    })
    .max(60),
  actualReach: reach,
  actualParticipants: count('het aantal deelnemers').nullable().default(null),
  meetingsHeld: count('het aantal bijeenkomsten', 10_000).nullable().default(null),
  evaluation: requiredText('Evaluatie', 8000),
  spentCents: cents('het bestede bedrag van de bijdrage'),
});
export const closeInput = z.object({ applicationId: id, closedOn: isoDate, note: optionalText('Notitie', 2000) });

export const reportQuery = ledgerQuery;
