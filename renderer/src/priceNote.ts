import { formatMoney, type AppLocale } from './format';

/**
 * A booking's price note in the interface language. The core stores how it priced a booking in Dutch
 * ('2,5 uur × € 60,00 + korting € 10,00'), once, on the booking and its invoice line; the renderer reads that
 * back and writes it with the locale's numbers and words, so an English invoice does not say '2,5 uur × € 60,00'
 * next to '€150.00' (issue 18). A part it does not know stays as stored.
 */
const WORDS: Record<
  AppLocale,
  { hour: string; dayparts: [string, string]; discount: string; free: string; exempt: string; none: string }
> = {
  'nl-NL': {
    hour: 'uur',
    dayparts: ['dagdeel', 'dagdelen'],
    discount: 'korting',
    free: 'Gratis',
    exempt: 'Vrijgesteld',
    none: 'Geen tarief',
  },
  'en-GB': {
    hour: 'hours',
    dayparts: ['day part', 'day parts'],
    discount: 'discount',
    free: 'Free',
    exempt: 'Exempt',
    none: 'No tariff',
  },
};

const MONEY = '€\\s?(\\d{1,3}(?:\\.\\d{3})*,\\d{2})';
const centsOf = (dutch: string) => Math.round(Number(dutch.replace(/\./g, '').replace(',', '.')) * 100);

function part(text: string, locale: AppLocale): string {
  const w = WORDS[locale];
  const money = (dutch: string) => formatMoney(centsOf(dutch), locale);
  let m = new RegExp(`^(\\d+(?:,\\d+)?) uur × ${MONEY}$`).exec(text);
  if (m) {
    const hours = Number(m[1]!.replace(',', '.'));
    const hourWord = locale === 'en-GB' && hours === 1 ? 'hour' : w.hour;
    return `${hours.toLocaleString(locale)} ${hourWord} × ${money(m[2]!)}`;
  }
  m = new RegExp(`^(\\d+) (?:dagdeel|dagdelen) × ${MONEY}$`).exec(text);
  if (m) return `${m[1]} ${w.dayparts[m[1] === '1' ? 0 : 1]} × ${money(m[2]!)}`;
  m = new RegExp(`^korting ${MONEY}$`).exec(text);
  if (m) return `${w.discount} ${money(m[1]!)}`;
  m = /^(Gratis|Vrijgesteld): (.*)$/s.exec(text);
  if (m) return `${m[1] === 'Gratis' ? w.free : w.exempt}: ${m[2]}`;
  return text === 'Geen tarief' ? w.none : text;
}

export function formatPriceNote(note: string, locale: AppLocale = 'nl-NL'): string {
  if (locale === 'nl-NL') return note;
  return note
    .split(' + ')
    .map((p) => part(p, locale))
    .join(' + ');
}
