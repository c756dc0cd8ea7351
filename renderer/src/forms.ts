/**
 * Forms validate with the very zod schemas the core parses with, so a field shows the same Dutch
 * message whether the browser or the core caught it. Both kinds of error land on the field whose
 * dotted path they name ('layouts.0.capacity'); whatever matches no field goes above the form.
 */
import type { FormErrors, UseFormReturnType } from '@mantine/form';
import type { ZodType } from 'zod';
import { ApiCallError } from './api/client';
import { safeParseIn } from '../../db/contract/zod';
import { callLanguage } from './i18n/current';

/** Errors that belong to no single field; shown in the alert above the form. */
export const FORM_ERROR = '_form';

/** Maps an error path (full dotted path, or its first segment) to the form field that shows it. */
export type ErrorAliases = Record<string, string>;

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Blob) &&
    !(value instanceof Date)
  );
}

/**
 * Walks an error path into the form values and stops at the value a control is bound to:
 * 'wijken.2' belongs to the tags input bound to 'wijken', 'intervals.2.end' to its own time input.
 * Returns null when the path names nothing in the form.
 */
export function fieldPathFor(values: unknown, path: readonly PropertyKey[]): string | null {
  let current = values;
  const out: string[] = [];
  for (const raw of path) {
    const segment = String(raw);
    if (Array.isArray(current)) {
      const item: unknown = current[Number(segment)];
      if (!isRecord(item)) return out.join('.') || null;
      out.push(segment);
      current = item;
    } else if (isRecord(current)) {
      if (!Object.hasOwn(current, segment)) return null;
      out.push(segment);
      current = current[segment];
    } else {
      break;
    }
  }
  return out.join('.') || null;
}

function aliased(path: readonly PropertyKey[], aliases: ErrorAliases): readonly PropertyKey[] {
  const full = path.map(String).join('.');
  const target = aliases[full] ?? (path.length ? aliases[String(path[0])] : undefined);
  if (target === undefined) return path;
  return aliases[full] !== undefined ? target.split('.') : [...target.split('.'), ...path.slice(1)];
}

/** Issues → one message per field (the first wins, as it is usually the most basic) plus the unmatched messages. */
export function errorsFromIssues(
  values: unknown,
  issues: readonly Issue[],
  aliases: ErrorAliases = {},
): { errors: FormErrors; unmatched: string[] } {
  const errors: FormErrors = {};
  const unmatched: string[] = [];
  for (const issue of issues) {
    const field = fieldPathFor(values, aliased(issue.path, aliases));
    if (field === null) {
      if (!unmatched.includes(issue.message)) unmatched.push(issue.message);
    } else {
      errors[field] ??= issue.message;
    }
  }
  return { errors, unmatched };
}

/**
 * A Mantine-form `validate` function from a zod schema. `toInput` turns the form values into the
 * method's input (empty number field → null, and so on) exactly as the submit does.
 */
export function zodValidate<V>(
  schema: ZodType,
  toInput: (values: V) => unknown = (v) => v,
  aliases: ErrorAliases = {},
): (values: V) => FormErrors {
  return (values) => {
    // In the screen's language, as the core would answer in it.
    const result = safeParseIn(schema, toInput(values), callLanguage());
    if (result.success) return {};
    const { errors, unmatched } = errorsFromIssues(values, result.error.issues, aliases);
    if (unmatched.length) errors[FORM_ERROR] = unmatched.join(' ');
    return errors;
  };
}

/**
 * Puts a failed call's field errors on the form's fields. Returns the message for the alert above the
 * form: the server's own message when no field matched, the leftover messages when some did not,
 * or null when every error sits next to its field.
 */
export function applyApiError<V>(
  form: Pick<UseFormReturnType<V>, 'getValues' | 'setErrors'>,
  error: unknown,
  aliases: ErrorAliases = {},
): string | null {
  if (!(error instanceof ApiCallError)) return error instanceof Error ? error.message : String(error);
  const issues = Object.entries(error.fieldErrors).flatMap(([key, messages]) =>
    messages.slice(0, 1).map((message) => ({ path: key === '_' ? [] : key.split('.'), message })),
  );
  const { errors, unmatched } = errorsFromIssues(form.getValues(), issues, aliases);
  form.setErrors(errors);
  if (Object.keys(errors).length === 0) return error.message;
  return unmatched.length ? unmatched.join(' ') : null;
}
