import { ApiCallError } from '../../../api/client';

/** The core's field errors, one message per field, for forms that keep their own state instead of a Mantine form. */
export function firstFieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiCallError
    ? Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k, v[0] ?? '']))
    : {};
}
