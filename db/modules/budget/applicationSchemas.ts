import { z } from '../../contract/zod';
import {
  id,
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
  planDate,
  END_BEFORE_START,
} from '../../contract/fields';
import {
  APPLICANT_TYPES,
  APPLICATION_STATUSES,
  ATTACHMENT_TYPES,
  FUNDING_KINDS,
  PARTNER_KINDS,
  PRIORITY_GROUPS,
  PRIORITY_GROUP_WORDS,
  SCHEMES,
} from './vocabulary';
import { cents, count, reach } from './amountSchemas';
import { compose, msg } from '../../platform/messages';

/** Applications with their cost lines, funding and partners, attachments, and the eligibility checklist. */

export const costLine = z.object({
  description: requiredText(msg('Omschrijving', 'Description'), 200),
  amountCents: cents(msg('het bedrag', 'the amount')),
  /** Not every cost is reimbursed: a non-reimbursable line must be covered from other sources. */
  reimbursable: z
    .boolean({
      error: msg('Kies of deze kosten vergoed kunnen worden.', 'Choose whether these costs can be reimbursed.'),
    })
    .default(true),
  note: optionalText(msg('Toelichting', 'Explanation'), 500),
});
export const fundingLine = z.object({
  kind: z.enum(FUNDING_KINDS, {
    error: msg('Kies cofinanciering of eigen bijdrage.', 'Choose co-funding or own contribution.'),
  }),
  source: requiredText(msg('Bron', 'Source'), 160),
  amountCents: cents(msg('het bedrag', 'the amount')),
  /** Valued help (volunteer hours, materials): counts in the valuation, not in the money balance. */
  inKind: z.boolean().default(false),
  confirmed: z.boolean().default(false),
});
export const partnerInput = z.object({
  name: requiredText(msg('Naam van de partner', 'Name of the partner'), 160),
  kind: z.enum(PARTNER_KINDS, { error: msg('Kies wat voor partij dit is.', 'Choose what kind of party this is.') }),
  contactName: optionalText(msg('Contactpersoon', 'Contact person'), 120),
  contactEmail: optionalEmail,
  contactPhone: optionalPhone,
  role: requiredText(msg('Rol in de samenwerking', 'Role in the partnership'), 1000),
  cashCents: cents(msg('de bijdrage in geld', 'the contribution in money')).default(0),
  inKindDescription: optionalText(msg('Bijdrage in natura', 'Contribution in kind'), 1000),
  inKindCents: cents(msg('de waarde van de bijdrage in natura', 'the value of the contribution in kind')).default(0),
});

const applicationFields = {
  roundId: id,
  applicantType: z.enum(APPLICANT_TYPES, { error: msg('Kies wie de aanvraag doet.', 'Choose who is applying.') }),
  applicantName: requiredText(msg('Naam van de aanvrager', 'Name of the applicant'), 160),
  contactName: requiredText(msg('Contactpersoon', 'Contact person'), 120),
  contactPhone: optionalPhone,
  contactEmail: optionalEmail,
  contactAddress: optionalText(msg('Adres', 'Address'), 400),
  kvkNumber: z
    .string()
    .trim()
    .refine(
      (s) => s === '' || /^\d{8}$/.test(s),
      msg('Een KvK-nummer heeft 8 cijfers.', 'A KvK (Chamber of Commerce) number has 8 digits.'),
    )
    .default(''),
  iban: z
    .string()
    .trim()
    .toUpperCase()
    .transform((s) => s.replace(/\s+/g, ''))
    .refine(
      (s) => s === '' || /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s),
      msg('Dit is geen geldig IBAN.', 'This is not a valid IBAN.'),
    )
    .default(''),
  wijk: requiredText(msg('Wijk', 'Neighbourhood'), 80),
  involvement: optionalText(msg('Betrokkenheid bij de wijk', 'Involvement in the neighbourhood'), 2000),
  title: requiredText(msg('Titel', 'Title'), 160),
  description: optionalText(msg('Wat gaat u doen', 'What you are going to do'), 8000),
  goals: optionalText(msg('Doelen en verwachte resultaten', 'Goals and expected results'), 4000),
  contribution: optionalText(msg('Bijdrage aan de wijkopgave', 'Contribution to the neighbourhood’s task'), 4000),
  complementarity: optionalText(msg('Aanvulling op het welzijnsaanbod', 'Addition to the welfare services'), 2000),
  recurrence: z
    .enum(['eenmalig', 'terugkerend'], { error: msg('Kies eenmalig of terugkerend.', 'Choose one-off or recurring.') })
    .default('eenmalig'),
  priorityGroups: z
    .array(
      z.enum(PRIORITY_GROUPS, {
        error: msg('Kies jeugd, ouderen of kwetsbare bewoners.', 'Choose youth, older people or vulnerable residents.'),
      }),
      { error: msg('Geef de prioriteitsgroepen als lijst.', 'Give the priority groups as a list.') },
    )
    .max(3)
    .default([]),
  expectedReach: reach,
  expectedParticipants: count(msg('het aantal deelnemers', 'the number of participants')).nullable().default(null),
  expectedMeetings: count(msg('het aantal bijeenkomsten', 'the number of sessions'), 10_000).nullable().default(null),
  startDate: planDate.nullable().default(null),
  endDate: planDate.nullable().default(null),
  location: optionalText(msg('Locatie', 'Location'), 200),
  roomId: id.nullable().default(null),
  requestedCents: cents(msg('het gevraagde bedrag', 'the requested amount')),
  costLines: z
    .array(costLine, { error: msg('Geef de kosten als lijst.', 'Give the costs as a list.') })
    .max(60, msg('Hoogstens 60 kostenregels.', 'At most 60 cost lines.'))
    .default([]),
  funding: z
    .array(fundingLine, { error: msg('Geef de dekking als lijst.', 'Give the funding as a list.') })
    .max(20, msg('Hoogstens 20 regels dekking.', 'At most 20 funding lines.'))
    .default([]),
  partners: z
    .array(partnerInput, { error: msg('Geef de partners als lijst.', 'Give the partners as a list.') })
    .max(12, msg('Hoogstens 12 partners.', 'At most 12 partners.'))
    .default([]),
  notes: optionalText(msg('Notities', 'Notes'), 4000),
};

type Checked = {
  startDate: string | null;
  endDate: string | null;
  priorityGroups: string[];
  expectedReach: Record<string, number>;
};
function checkApplication(v: Checked, ctx: z.RefinementCtx): void {
  if (v.startDate && v.endDate && v.endDate < v.startDate)
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: END_BEFORE_START,
    });
  if (new Set(v.priorityGroups).size !== v.priorityGroups.length)
    ctx.addIssue({
      code: 'custom',
      path: ['priorityGroups'],
      message: msg('Elke prioriteitsgroep maar één keer.', 'Each priority group only once.'),
    });
  for (const group of PRIORITY_GROUPS) {
    if ((v.expectedReach[group] ?? 0) > 0 && !v.priorityGroups.includes(group)) {
      ctx.addIssue({
        code: 'custom',
        path: ['expectedReach', group],
        message: compose((t, lang) =>
          lang === 'nl'
            ? `Vink ${t(PRIORITY_GROUP_WORDS[group]).toLowerCase()} aan als prioriteitsgroep, of laat het verwachte bereik 0.`
            : `Tick ${t(PRIORITY_GROUP_WORDS[group]).toLowerCase()} as a priority group, or leave the expected reach at 0.`,
        ),
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
    message: msg('Vul in wanneer de aanvraag is ontvangen.', 'Fill in when the application was received.'),
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
export const applicationWithdraw = z.object({ id, reason: requiredText(msg('Reden', 'Reason'), 1000) });
export const applicationQuery = z
  .object({
    yearId: id.nullable().default(null),
    roundId: id.nullable().default(null),
    statuses: z.array(z.enum(APPLICATION_STATUSES)).max(14).default([]),
    search: z.string().trim().max(100).default(''),
    /** A page of the list: the screen asks one more than it shows, to know there are more. */
    limit: z.number().int().min(1).max(1000).default(1000),
    offset: z.number().int().min(0).default(0),
  })
  .default({ yearId: null, roundId: null, statuses: [], search: '', limit: 1000, offset: 0 });

// 10 MB as base64 is about 13,98 million characters.
const ATTACHMENT_MAX_BASE64 = 14_000_000;
/** An attachment's body: the file as base64, its name and description. */
export const ATTACHMENT_MAX_INPUT_BYTES = ATTACHMENT_MAX_BASE64 + 64 * 1024;

/**
 * Per attachment type: the word for it in a message and the extensions its name may end in. The name decides
 * which program opens the file on the committee's screen, so it must agree with the type.
 */
export const ATTACHMENT_KINDS: Record<(typeof ATTACHMENT_TYPES)[number], { noun: string; extensions: string[] }> = {
  'application/pdf': { noun: msg('pdf-bestand', 'PDF file'), extensions: ['pdf'] },
  'image/jpeg': { noun: msg('jpeg-afbeelding', 'JPEG picture'), extensions: ['jpg', 'jpeg'] },
  'image/png': { noun: msg('png-afbeelding', 'PNG picture'), extensions: ['png'] },
  'image/gif': { noun: msg('gif-afbeelding', 'GIF picture'), extensions: ['gif'] },
  'image/webp': { noun: msg('webp-afbeelding', 'WebP picture'), extensions: ['webp'] },
  'text/plain': { noun: msg('tekstbestand', 'text file'), extensions: ['txt'] },
  'text/csv': { noun: msg('CSV-bestand', 'CSV file'), extensions: ['csv'] },
  'application/msword': { noun: msg('Word-bestand', 'Word file'), extensions: ['doc'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    noun: msg('Word-bestand', 'Word file'),
    extensions: ['docx'],
  },
  'application/vnd.ms-excel': { noun: msg('Excel-bestand', 'Excel file'), extensions: ['xls'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    noun: msg('Excel-bestand', 'Excel file'),
    extensions: ['xlsx'],
  },
  'application/vnd.oasis.opendocument.text': {
    noun: msg('OpenDocument-tekst', 'OpenDocument text'),
    extensions: ['odt'],
  },
  'application/vnd.oasis.opendocument.spreadsheet': {
    noun: msg('OpenDocument-rekenblad', 'OpenDocument spreadsheet'),
    extensions: ['ods'],
  },
};

const extensionOf = (fileName: string) => /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

export const attachmentInput = z
  .object({
    applicationId: id,
    fileName: requiredText(msg('Bestandsnaam', 'File name'), 200).refine(
      (s) => !/[\\/:*?"<>|]/.test(s),
      msg('Een bestandsnaam zonder / \\ : * ? " < > |.', 'A file name without / \\ : * ? " < > |.'),
    ),
    mimeType: z.enum(ATTACHMENT_TYPES, {
      error: msg(
        'Dit soort bestand kan niet worden bijgevoegd: kies een pdf, afbeelding, tekst-, Word-, Excel- of OpenDocument-bestand.',
        'This kind of file cannot be attached: choose a PDF, picture, text, Word, Excel or OpenDocument file.',
      ),
    }),
    description: optionalText(msg('Omschrijving', 'Description'), 300),
    contentBase64: z
      .string({ error: msg('Kies een bestand.', 'Choose a file.') })
      .min(1, msg('Kies een bestand.', 'Choose a file.'))
      .max(ATTACHMENT_MAX_BASE64, msg('Een bijlage mag hoogstens 10 MB zijn.', 'An attachment may be at most 10 MB.'))
      .regex(
        /^[A-Za-z0-9+/]+={0,2}$/,
        msg(
          'De inhoud van het bestand is niet goed doorgekomen (geen base64).',
          'The content of the file did not come through properly (not base64).',
        ),
      ),
  })
  .refine((v) => ATTACHMENT_KINDS[v.mimeType].extensions.includes(extensionOf(v.fileName)), {
    path: ['fileName'],
    // Only a well-formed name and a known type can be compared; otherwise their own message says enough.
    when: (payload) => payload.issues.length === 0,
    error: (issue) => {
      const kind = ATTACHMENT_KINDS[(issue.input as { mimeType: (typeof ATTACHMENT_TYPES)[number] }).mimeType];
      return compose((t, lang) =>
        lang === 'nl'
          ? `De naam van een ${t(kind.noun)} eindigt op .${kind.extensions[0]}. Kies het goede bestand of geef het de goede naam.`
          : `The name of a ${t(kind.noun)} ends in .${kind.extensions[0]}. Choose the right file or give it the right name.`,
      );
    },
  });

export const eligibilityCriterionInput = z.object({
  scheme: z.enum(SCHEMES, {
    error: msg('Kies Lokaal Budget of Right to Cooperate.', 'Choose Lokaal Budget or Right to Cooperate.'),
  }),
  label: requiredText(msg('Omschrijving', 'Description'), 200),
  help: optionalText(msg('Toelichting', 'Explanation'), 1000),
  auto: z
    .enum(['', 'venster', 'bedrag', 'periode', 'begroting', 'gebied'], {
      error: msg('Kies een automatische controle of geen.', 'Choose an automatic check or none.'),
    })
    .default(''),
  sortOrder: z.number().int().min(0).max(1000).default(100),
});
export const eligibilityCriterionUpdate = z
  .object({ id, active: z.boolean({ error: msg('Kies actief of niet.', 'Choose active or not.') }) })
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
        met: z.boolean({ error: msg('Kies ja of nee.', 'Choose yes or no.') }),
        note: optionalText(msg('Toelichting', 'Explanation'), 1000),
      }),
      { error: msg('Vul de checklist in.', 'Fill in the checklist.') },
    )
    .min(1, msg('Vul de checklist in.', 'Fill in the checklist.'))
    .max(40),
  motivation: optionalText(msg('Motivering', 'Motivation'), 4000),
});
