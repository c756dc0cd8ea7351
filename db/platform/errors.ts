import type { z } from 'zod';
import { inLang, msg, type Lang } from './messages';

export const ERROR_CODES = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  NEEDS_CONFIRMATION: 428,
  LOCKED: 423,
  ACCOUNT_LOCKED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** The one error shape every adapter carries to the renderer. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  fieldErrors: Record<string, string[]>;
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }

  static field(field: string, message: string): ApiError {
    return new ApiError('VALIDATION', message, { [field]: [message] });
  }

  /** The body in the caller's language: messages made with `msg` carry both, the body one. */
  toBody(lang: Lang = 'nl'): ApiErrorBody {
    const fieldErrors: Record<string, string[]> = {};
    for (const [key, messages] of Object.entries(this.fieldErrors))
      fieldErrors[key] = messages.map((m) => inLang(m, lang));
    return { code: this.code, message: inLang(this.message, lang), fieldErrors };
  }
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function validationError(error: z.ZodError): ApiError {
  const fields = fieldErrorsOf(error);
  const first = Object.values(fields)[0]?.[0];
  return new ApiError(
    'VALIDATION',
    first
      ? msg(`Controleer de invoer: ${first}`, `Check the input: ${first}`)
      : msg('Controleer de invoer.', 'Check the input.'),
    fields,
  );
}

/** SQLite failures the user can act on, in both languages; anything else is a bug and stays generic. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: string } | null)?.code ?? '';
  // ENOSPC/EROFS come from the file system itself (backups, restore), SQLITE_* from the database.
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT')
    return new ApiError(
      'UNAVAILABLE',
      msg(
        'De schijf is vol: er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.',
        'The disk is full: nothing was saved. Free some space and try again.',
      ),
    );
  if (
    code === 'SQLITE_READONLY' ||
    code.startsWith('SQLITE_READONLY_') ||
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EPERM'
  )
    return new ApiError(
      'UNAVAILABLE',
      msg(
        'De database is alleen-lezen: er is niets opgeslagen. Controleer de rechten op de gegevensmap.',
        'The database is read-only: nothing was saved. Check the permissions of the data folder.',
      ),
    );
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'))
    return new ApiError(
      'CONFLICT',
      msg(
        'De database is even bezet door een ander venster. Probeer het opnieuw.',
        'The database is busy with another window. Please try again.',
      ),
    );
  if (code === 'SQLITE_CONSTRAINT_UNIQUE')
    return new ApiError('CONFLICT', msg('Dit bestaat al.', 'This already exists.'));
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
    return new ApiError(
      'CONFLICT',
      msg(
        'Dit item wordt nog gebruikt of verwijst naar iets dat niet bestaat.',
        'This item is still in use or refers to something that does not exist.',
      ),
    );
  return new ApiError(
    'INTERNAL',
    msg(
      'Er ging iets mis in Wijkhuis. Er is niets half opgeslagen; probeer het opnieuw.',
      'Something went wrong in Wijkhuis. Nothing was half saved; please try again.',
    ),
  );
}
