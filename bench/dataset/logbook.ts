import { addDays } from '../../db/platform/clock';
import type { GenContext } from './context';

const CATEGORIES = ['algemeen', 'bezoekers', 'activiteiten', 'schoonmaak', 'onderhoud', 'veiligheid'] as const;
const TEXTS = [
  'Rustige ochtend, koffie-inloop goed bezocht.',
  'Lamp in de gang van de eerste verdieping doet het niet.',
  'Sleutel van de keuken teruggebracht door de huurder.',
  'Groep van het taalcafé bleef langer; zaal netjes achtergelaten.',
  'Brandmelder getest, alles in orde.',
  'Vloer van de grote zaal moet gedweild worden na het feest.',
];

/** The logbook: entries spread over ten years through logbook.create; the last few handovers stay unread. */
export async function generateLogbook(ctx: GenContext): Promise<number> {
  const { caller, random, amounts, time } = ctx;
  const days = Math.round((Date.parse(time.today) - Date.parse(time.from)) / 86_400_000);
  for (let i = 0; i < amounts.logbook; i++) {
    const date = addDays(time.from, Math.floor((i * days) / amounts.logbook));
    const recent = i > amounts.logbook - 15;
    await caller.call('logbook.create', {
      date,
      daypart: random.pick(['ochtend', 'middag', 'avond']),
      category: recent ? 'overdracht' : random.pick(CATEGORIES),
      text: `${random.pick(TEXTS)} (${i})`,
      handover: recent,
    });
  }
  caller.commit();
  return amounts.logbook;
}
