import { msg } from '../../platform/messages';

/** The words of Lokaal Budget and Right to Cooperate: schemes, applicants, statuses, votes and their Dutch labels. */

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
/** The priority groups in both languages, for messages (the Dutch labels above go into documents and reports). */
export const PRIORITY_GROUP_WORDS: Record<PriorityGroup, string> = {
  jeugd: msg('Jeugd (4–23)', 'Youth (4–23)'),
  ouderen: msg('Ouderen (65+)', 'Older people (65+)'),
  kwetsbare_bewoners: msg('Kwetsbare bewoners', 'Vulnerable residents'),
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
  bevoorschot: 'Voorschot betaald',
  uitbetaald: 'Uitbetaald',
  verantwoord: 'Verantwoord',
  afgesloten: 'Afgesloten',
  ingetrokken: 'Ingetrokken',
};
/** The statuses in both languages, for messages: "(voorschot betaald)" in a refusal. */
export const STATUS_WORDS: Record<ApplicationStatus, string> = {
  concept: msg('Concept', 'Draft'),
  ingediend: msg('Ingediend', 'Submitted'),
  ontvankelijk: msg('Ontvankelijk', 'Admissible'),
  niet_ontvankelijk: msg('Niet ontvankelijk', 'Not admissible'),
  geagendeerd: msg('Geagendeerd', 'On the agenda'),
  toegekend: msg('Toegekend', 'Granted'),
  deels_toegekend: msg('Deels toegekend', 'Partly granted'),
  afgewezen: msg('Afgewezen', 'Refused'),
  aangehouden: msg('Aangehouden', 'Deferred'),
  bevoorschot: msg('Voorschot betaald', 'Advance paid'),
  uitbetaald: msg('Uitbetaald', 'Paid out'),
  verantwoord: msg('Verantwoord', 'Accounted for'),
  afgesloten: msg('Afgesloten', 'Closed'),
  ingetrokken: msg('Ingetrokken', 'Withdrawn'),
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
