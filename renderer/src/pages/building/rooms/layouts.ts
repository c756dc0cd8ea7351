import { LAYOUTS } from '../../../../../db/modules/building/roomSchemas';

/** The standard layouts are stored as codes; people read and type the Dutch words (carré with its accent). */
const LABELS: Record<(typeof LAYOUTS)[number], string> = {
  theater: 'theater',
  vergadering: 'vergadering',
  cabaret: 'cabaret',
  carre: 'carré',
  school: 'school',
  receptie: 'receptie',
  kring: 'kring',
};

export const LAYOUT_SUGGESTIONS = LAYOUTS.map((code) => LABELS[code]);

export function layoutLabel(code: string): string {
  return (LABELS as Record<string, string>)[code] ?? code;
}

/** A typed or picked word back to its code; a house's own layout names are kept as typed. */
export function layoutCode(text: string): string {
  const t = text.trim();
  const code = LAYOUTS.find((c) => LABELS[c].toLowerCase() === t.toLowerCase() || c === t.toLowerCase());
  return code ?? t;
}
