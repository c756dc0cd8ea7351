import type { Db } from '../../platform/database';
import { keyHoldersOn } from '../beheer/keys';

/** Compared without case and extra spaces; 'Joke de Vries (Taalcafé)' also answers to 'Joke de Vries'. */
function namesOf(name: string): string[] {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return [norm(name), norm(name.replace(/\([^)]*\)\s*$/, ''))].filter(Boolean);
}

/**
 * The people who may open and close on a date: whoever holds a key or pass by the key register that day, and
 * the renters with key rights, by their name or their contact person's.
 */
export function keyHolderNames(db: Db, date: string): string[] {
  const renters = db
    .prepare('SELECT name, contact_person AS contact FROM renters WHERE key_rights = 1 AND active = 1')
    .all() as { name: string; contact: string }[];
  return [...keyHoldersOn(db, date), ...renters.flatMap((r) => [r.name, r.contact].filter(Boolean))];
}

/** Whether the named key holder is one of them: any typed name is not enough to open the building. */
export function isKnownKeyHolder(db: Db, keyHolder: string, date: string): boolean {
  const wanted = new Set(namesOf(keyHolder));
  if (wanted.size === 0) return false;
  return keyHolderNames(db, date).some((name) => namesOf(name).some((n) => wanted.has(n)));
}
