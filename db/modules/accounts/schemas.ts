import { z } from '../../contract/zod';
import { msg, ROLES, id, isoDate, optionalEmail, requiredText } from '../../contract/fields';
import { weakPasswordReason } from './passwordRules';

/**
 * A new password: long enough, not in the list of common passwords, not one character repeated. Old passwords
 * still sign in (loginInput checks nothing of this), so a tighter rule never locks anyone out.
 */
export const password = z
  .string({ error: msg('Vul een wachtwoord in.', 'Fill in a password.') })
  .min(10, msg('Een wachtwoord heeft minstens 10 tekens.', 'A password has at least 10 characters.'))
  .max(200, msg('Een wachtwoord heeft hoogstens 200 tekens.', 'A password has at most 200 characters.'))
  .superRefine((value, ctx) => {
    // One message at a time: a too short password is not also called common.
    if (value.length < 10 || value.length > 200) return;
    const reason = weakPasswordReason(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

export const username = z
  .string({ error: msg('Vul een gebruikersnaam in.', 'Fill in a username.') })
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9._-]{3,40}$/,
    msg(
      'Een gebruikersnaam heeft 3 tot 40 tekens: letters, cijfers, punt, streepje.',
      'A username has 3 to 40 characters: letters, digits, full stop, hyphen.',
    ),
  );

export const role = z.enum(ROLES, { error: msg('Kies een rol.', 'Choose a role.') });

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
        .number({
          error: msg('Kies het commissielid van dit account.', 'Choose the committee member of this account.'),
        })
        .int()
        .positive(msg('Kies het commissielid van dit account.', 'Choose the committee member of this account.')),
    }),
    z.object({
      kind: z.literal('nieuw'),
      termFrom: isoDate,
      isResident: z.boolean({
        error: msg('Kies of dit lid bewoner van de wijk is.', 'Choose whether this member lives in the neighbourhood.'),
      }),
      voting: z.boolean({ error: msg('Kies stemgerechtigd of adviserend.', 'Choose voting or advisory.') }),
    }),
  ],
  {
    error: msg(
      'Kies het commissielid van dit account, of maak een nieuw lid.',
      'Choose the committee member of this account, or make a new member.',
    ),
  },
);

export const newUser = z
  .object({
    name: requiredText(msg('Naam', 'Name'), 120),
    username,
    role,
    password,
    /** Where the house mails this person about their work (a coördinator: certificates that expire). */
    email: optionalEmail,
    committee: committeeLink.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.role === 'commissie' && v.committee === null)
      ctx.addIssue({
        code: 'custom',
        path: ['committee', 'memberId'],
        message: msg('Kies het commissielid van dit account.', 'Choose the committee member of this account.'),
      });
    if (v.role !== 'commissie' && v.committee !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['committee'],
        message: msg('Alleen een commissieaccount hoort bij een lid.', 'Only a committee account belongs to a member.'),
      });
  });

export const loginInput = z.object({
  username: z
    .string({ error: msg('Vul je gebruikersnaam in.', 'Fill in your username.') })
    .trim()
    .toLowerCase()
    .min(1, msg('Vul je gebruikersnaam in.', 'Fill in your username.'))
    .max(40),
  password: z
    .string({ error: msg('Vul je wachtwoord in.', 'Fill in your password.') })
    .min(1, msg('Vul je wachtwoord in.', 'Fill in your password.'))
    .max(200),
});

export const unlockInput = z.object({ password: loginInput.shape.password });

export const changePasswordInput = z
  .object({ current: loginInput.shape.password, next: password })
  .refine((v) => v.current !== v.next, {
    message: msg('Kies een ander wachtwoord dan het huidige.', 'Choose a password other than the current one.'),
    path: ['next'],
  });

export const userUpdate = z.object({
  id,
  name: requiredText(msg('Naam', 'Name'), 120),
  role,
  active: z.boolean(),
  /** Left out: the address stays as it is. */
  email: z.union([z.undefined(), optionalEmail]),
});

export const resetPasswordInput = z.object({ id, password });

export const firstRunInput = z.object({
  buildingName: requiredText(msg('Naam van het huis', 'Name of the house'), 120),
  user: z.object({ name: requiredText(msg('Naam', 'Name'), 120), username, password }),
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
    /** Methods whose label (which only the screen knows, in its language) holds `text`: matched as well. */
    textMethods: z
      .array(z.string().regex(/^[a-z]+\.[a-zA-Z]+$/))
      .max(400)
      .optional(),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .default({ limit: 100, offset: 0 });
