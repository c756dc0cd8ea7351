/**
 * What makes a new password too easy to guess, besides its length. Shared by the core (the zod schema, so every
 * transport is covered) and the forms (the same message next to the field before sending). No Node imports here.
 *
 * The list is zxcvbn-ts's common password dictionary (about 49,000 passwords from public leaks, ranked by how often
 * they occur), a maintained source instead of a list of our own.
 */
import { dictionary } from '@zxcvbn-ts/language-common';
import { msg } from '../../platform/messages';

export const COMMON_PASSWORD_MESSAGE = msg(
  'Dit wachtwoord staat in de lijst van veelgebruikte wachtwoorden; kies een ander.',
  'This password is on the list of commonly used passwords; choose another one.',
);
export const COMMON_BASE_MESSAGE = msg(
  'Dit wachtwoord is een veelgebruikt wachtwoord met alleen cijfers of tekens erachter; kies een ander.',
  'This password is a commonly used password with only digits or symbols after it; choose another one.',
);
export const REPEATED_MESSAGE = msg(
  'Dit wachtwoord bestaat uit één teken dat steeds herhaald wordt; kies een ander.',
  'This password is one character repeated over and over; choose another one.',
);

/** Built at first use: the forms that never ask for a new password do not pay for it. */
let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common']);
  return common;
}

/**
 * Below this a base word is too short to call the whole password common: "zomer2024!" would be refused for "zomer"
 * while the list holds many short names and words.
 */
const MIN_BASE_LENGTH = 6;

/** Why a new password is refused (in Dutch), or null when it may be used. The list is in lower case. */
export function weakPasswordReason(password: string): string | null {
  const text = password.normalize('NFC');
  // One character repeated ("aaaaaaaaaa", "          "); by code point, so an emoji counts as one.
  const chars = [...text];
  if (chars.length > 0 && chars.every((c) => c === chars[0])) return REPEATED_MESSAGE;
  const lower = text.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower)) return COMMON_PASSWORD_MESSAGE;
  // The length rule pushes people to put digits after a common word ("password2024!"); that is no better.
  const base = lower.replace(/[\d\p{P}\p{S}\s]+$/u, '');
  if (base !== lower && base.length >= MIN_BASE_LENGTH && list.has(base)) return COMMON_BASE_MESSAGE;
  return null;
}
