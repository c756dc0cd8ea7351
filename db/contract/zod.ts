// The one zod instance every schema uses, with Dutch messages as the default language:
// the core and the forms show the same words.
import { z } from 'zod';
import { en, nl } from 'zod/locales';
import { inLang, type Lang } from '../platform/messages';

z.config(nl());

/** zod's own messages in English; a per-parse map outranks the Dutch default but not a schema's own message. */
const ENGLISH = en().localeError;

/**
 * `schema.safeParse` with every issue's message in `lang`: the schemas' own messages (made with `msg`) and zod's
 * built-in ones alike. Used by `dispatch` and by the renderer's form validation, so both say the same.
 */
export function safeParseIn<T extends z.ZodType>(schema: T, input: unknown, lang: Lang) {
  const result = schema.safeParse(input, lang === 'en' ? { error: ENGLISH } : undefined);
  if (!result.success) {
    for (const issue of result.error.issues) (issue as { message: string }).message = inLang(issue.message, lang);
  }
  return result;
}

export { z };
