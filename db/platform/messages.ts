/**
 * Messages in both languages, defined once where they are raised (issue 18: English users saw the core's Dutch).
 *
 * A message is written as `msg('Kies een datum.', 'Choose a date.')`: one string that holds the Dutch and the
 * English text, joined by the ASCII unit separator. It is still a plain string, so it goes wherever a message
 * went before (a zod `error`, `.min(1, …)`, `new ApiError(code, …)`, a template with parameters) without a second
 * table of keys that could drift from the code. The language is chosen only at the edge: `dispatch` renders the
 * error body in the caller's language (`lang` travels with the call), and the renderer's form validation renders
 * the same schemas' issues in the language of the screen. A message written without `msg` (a module not moved
 * yet) is Dutch in both languages.
 */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Between the Dutch and the English text; a control character no message text contains. */
const SEPARATOR = '\u001F';

/** Every message made with `msg` at load time (the field builders' constants), for the test that checks both. */
const made = new Set<string>();

/** One message in Dutch and English. Parameters go in as template values in both texts. */
export function msg(nl: string, en: string): string {
  const message = `${nl}${SEPARATOR}${en}`;
  if (made.size < 10_000) made.add(message);
  return message;
}

/** The Dutch and English texts of a message; a Dutch-only message gives its Dutch text for both. */
export function textsOf(message: string): { nl: string; en: string } {
  const at = message.indexOf(SEPARATOR);
  if (at < 0) return { nl: message, en: message };
  return { nl: message.slice(0, at), en: message.slice(at + SEPARATOR.length) };
}

/** True when the message was made with `msg` (it has both languages). */
export function isBilingual(message: string): boolean {
  return message.includes(SEPARATOR);
}

/** The message in one language. */
export function inLang(message: string, lang: Lang): string {
  return textsOf(message)[lang];
}

/** Builds a bilingual message from parts that may themselves be bilingual (a field label inside a sentence). */
export function compose(make: (pick: (part: string) => string, lang: Lang) => string): string {
  let whole = true;
  const pick = (lang: Lang) => (part: string) => {
    whole &&= isBilingual(part);
    return inLang(part, lang);
  };
  const nl = make(pick('nl'), 'nl');
  const en = make(pick('en'), 'en');
  // With a Dutch-only part (a label of a module not moved yet) the English is half Dutch: not counted as done.
  return whole ? msg(nl, en) : `${nl}${SEPARATOR}${en}`;
}

/** What a caller sent as its language: anything but 'en' is Dutch, the house language. */
export function langOf(value: unknown): Lang {
  return value === 'en' ? 'en' : 'nl';
}

/** The messages made so far (for tests). */
export function madeMessages(): readonly string[] {
  return [...made];
}

/**
 * A method's result with every `msg` text in it rendered in `lang` (the quorum and majority texts a handler
 * returns as data, say). Walks arrays and plain objects only; what holds no such text is returned as it was.
 */
export function renderIn<T>(value: T, lang: Lang): T {
  if (typeof value === 'string') return (value.includes(SEPARATOR) ? inLang(value, lang) : value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((item, i) => {
      const rendered = renderIn(item, lang);
      if (rendered !== item) (out ??= [...value])[i] = rendered;
    });
    return (out ?? value) as T;
  }
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  let out: Record<string, unknown> | null = null;
  for (const [key, item] of Object.entries(value)) {
    const rendered = renderIn(item, lang);
    if (rendered !== item) (out ??= { ...(value as Record<string, unknown>) })[key] = rendered;
  }
  return (out ?? value) as T;
}
