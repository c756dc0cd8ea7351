import { z } from '../../contract/zod';
import { id, optionalEmail, optionalPhone, optionalText, requiredText, planDate } from '../../contract/fields';
import {
  APPLICANT_TYPES,
  APPLICATION_STATUSES,
  ATTACHMENT_TYPES,
  FUNDING_KINDS,
  PARTNER_KINDS,
  PRIORITY_GROUPS,
  PRIORITY_GROUP_LABELS,
  SCHEMES,
} from './vocabulary';
import { cents, count, reach } from './amountSchemas';

/** Applications with their cost lines, funding and partners, attachments, and the eligibility checklist. */

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
  startDate: planDate.nullable().default(null),
  endDate: planDate.nullable().default(null),
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
    receivedOn: planDate.nullable().default(null),
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
    receivedOn: planDate.nullable().default(null),
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
export const applicationSubmit = z.object({ id, receivedOn: planDate, confirmWarnings: z.boolean().default(false) });
export const applicationWithdraw = z.object({ id, reason: requiredText('Reden', 1000) });
export const applicationQuery = z
  .object({
    yearId: id.nullable().default(null),
    roundId: id.nullable().default(null),
    statuses: z.array(z.enum(APPLICATION_STATUSES)).max(14).default([]),
    search: z.string().trim().max(100).default(''),
  })
  .default({ yearId: null, roundId: null, statuses: [], search: '' });

// 10 MB as base64 is about 13,98 million characters.
const ATTACHMENT_MAX_BASE64 = 14_000_000;
/** An attachment's body: the file as base64, its name and description. */
export const ATTACHMENT_MAX_INPUT_BYTES = ATTACHMENT_MAX_BASE64 + 64 * 1024;

/**
 * Per attachment type: the word for it in a message and the extensions its name may end in. The name decides
 * which program opens the file on the committee's screen, so it must agree with the type.
 */
export const ATTACHMENT_KINDS: Record<(typeof ATTACHMENT_TYPES)[number], { noun: string; extensions: string[] }> = {
  'application/pdf': { noun: 'pdf-bestand', extensions: ['pdf'] },
  'image/jpeg': { noun: 'jpeg-afbeelding', extensions: ['jpg', 'jpeg'] },
  'image/png': { noun: 'png-afbeelding', extensions: ['png'] },
  'image/gif': { noun: 'gif-afbeelding', extensions: ['gif'] },
  'image/webp': { noun: 'webp-afbeelding', extensions: ['webp'] },
  'text/plain': { noun: 'tekstbestand', extensions: ['txt'] },
  'text/csv': { noun: 'CSV-bestand', extensions: ['csv'] },
  'application/msword': { noun: 'Word-bestand', extensions: ['doc'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    noun: 'Word-bestand',
    extensions: ['docx'],
  },
  'application/vnd.ms-excel': { noun: 'Excel-bestand', extensions: ['xls'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { noun: 'Excel-bestand', extensions: ['xlsx'] },
  'application/vnd.oasis.opendocument.text': { noun: 'OpenDocument-tekst', extensions: ['odt'] },
  'application/vnd.oasis.opendocument.spreadsheet': { noun: 'OpenDocument-rekenblad', extensions: ['ods'] },
};

const extensionOf = (fileName: string) => /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

export const attachmentInput = z
  .object({
    applicationId: id,
    fileName: requiredText('Bestandsnaam', 200).refine(
      (s) => !/[\\/:*?"<>|]/.test(s),
      'Een bestandsnaam zonder / \\ : * ? " < > |.',
    ),
    mimeType: z.enum(ATTACHMENT_TYPES, {
      error:
        'Dit soort bestand kan niet worden bijgevoegd: kies een pdf, afbeelding, tekst-, Word-, Excel- of OpenDocument-bestand.',
    }),
    description: optionalText('Omschrijving', 300),
    contentBase64: z
      .string({ error: 'Kies een bestand.' })
      .min(1, 'Kies een bestand.')
      .max(ATTACHMENT_MAX_BASE64, 'Een bijlage mag hoogstens 10 MB zijn.')
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'De inhoud van het bestand is niet goed doorgekomen (geen base64).'),
  })
  .refine((v) => ATTACHMENT_KINDS[v.mimeType].extensions.includes(extensionOf(v.fileName)), {
    path: ['fileName'],
    // Only a well-formed name and a known type can be compared; otherwise their own message says enough.
    when: (payload) => payload.issues.length === 0,
    error: (issue) => {
      const kind = ATTACHMENT_KINDS[(issue.input as { mimeType: (typeof ATTACHMENT_TYPES)[number] }).mimeType];
      return `De naam van een ${kind.noun} eindigt op .${kind.extensions[0]}. Kies het goede bestand of geef het de goede naam.`;
    },
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
  assessedOn: planDate,
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
