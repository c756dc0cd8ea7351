import { z } from '../../contract/zod';
import { ROLES, id, isoDate, requiredText } from '../../contract/fields';
import { weakPasswordReason } from './passwordRules';

/**
 * A new password: long enough, not in the list of common passwords, not one character repeated. Old passwords
 * still sign in (loginInput checks nothing of this), so a tighter rule never locks anyone out.
 */
export const password = z
  .string({ error: 'Vul een wachtwoord in.' })
  .min(10, 'Een wachtwoord heeft minstens 10 tekens.')
  .max(200, 'Een wachtwoord heeft hoogstens 200 tekens.')
  .superRefine((value, ctx) => {
    // One message at a time: a too short password is not also called common.
    if (value.length < 10 || value.length > 200) return;
    const reason = weakPasswordReason(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

export const username = z
  .string({ error: 'Vul een gebruikersnaam in.' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, 'Een gebruikersnaam heeft 3 tot 40 tekens: letters, cijfers, punt, streepje.');

export const role = z.enum(ROLES, { error: 'Kies een rol.' });

/**
 * The committee member a commissie account belongs to: an existing member, or a new one made with the account's
 * name. Without one the account sees no applications and no meetings (issue 18), so it is asked for here.
 */
export const committeeLink = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('bestaand'),
      memberId: z
        .number({ error: 'Kies het commissielid van dit account.' })
        .int()
        .positive('Kies het commissielid van dit account.'),
    }),
    z.object({
      kind: z.literal('nieuw'),
      termFrom: isoDate,
      isResident: z.boolean({ error: 'Kies of dit lid bewoner van de wijk is.' }),
      voting: z.boolean({ error: 'Kies stemgerechtigd of adviserend.' }),
    }),
  ],
  { error: 'Kies het commissielid van dit account, of maak een nieuw lid.' },
);

export const newUser = z
  .object({
    name: requiredText('Naam', 120),
    username,
    role,
    password,
    committee: committeeLink.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.role === 'commissie' && v.committee === null)
      ctx.addIssue({
        code: 'custom',
        path: ['committee', 'memberId'],
        message: 'Kies het commissielid van dit account.',
      });
    if (v.role !== 'commissie' && v.committee !== null)
      ctx.addIssue({ code: 'custom', path: ['committee'], message: 'Alleen een commissieaccount hoort bij een lid.' });
  });

export const loginInput = z.object({
  username: z
    .string({ error: 'Vul je gebruikersnaam in.' })
    .trim()
    .toLowerCase()
    .min(1, 'Vul je gebruikersnaam in.')
    .max(40),
  password: z.string({ error: 'Vul je wachtwoord in.' }).min(1, 'Vul je wachtwoord in.').max(200),
});

export const unlockInput = z.object({ password: loginInput.shape.password });

export const changePasswordInput = z
  .object({ current: loginInput.shape.password, next: password })
  .refine((v) => v.current !== v.next, { message: 'Kies een ander wachtwoord dan het huidige.', path: ['next'] });

export const userUpdate = z.object({
  id,
  name: requiredText('Naam', 120),
  role,
  active: z.boolean(),
});

export const resetPasswordInput = z.object({ id, password });

export const firstRunInput = z.object({
  buildingName: requiredText('Naam van het huis', 120),
  user: z.object({ name: requiredText('Naam', 120), username, password }),
  demo: z.boolean().default(false),
});

/** The audit log's part for signing in and out (and failed attempts); the audit screen offers it as a filter. */
export const SESSION_AUDIT_ENTITY = 'sessie';

export const auditQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    userId: id.optional(),
    entity: z.string().max(40).optional(),
    text: z.string().max(100).optional(),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .default({ limit: 100, offset: 0 });
