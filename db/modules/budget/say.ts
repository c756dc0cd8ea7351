import { formatCentsIn, formatDateIn } from '../../platform/clock';
import { compose } from '../../platform/messages';

/** Amounts and dates inside the budget's messages, each language in its own format. */

export interface Wording {
  /** A bilingual part (a status word, a label) in this language. */
  t: (part: string) => string;
  euro: (cents: number) => string;
  day: (date: string) => string;
}

/** A message with amounts, dates or bilingual parts in it: the Dutch and the English sentence, each in its format. */
export function say(nl: (w: Wording) => string, en: (w: Wording) => string): string {
  return compose((t, lang) => {
    const w: Wording = { t, euro: (c) => formatCentsIn(c, lang), day: (d) => formatDateIn(d, lang) };
    return lang === 'nl' ? nl(w) : en(w);
  });
}
