import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEYLEN = 32;

/** 'scrypt$N$r$p$salt$hash', so the cost can be raised later without breaking old hashes. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password.normalize('NFC'), salt, KEYLEN, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}

/**
 * A stored hash in the current format that no password matches (its salt and hash are random bytes, not made
 * from a password). An unknown user name is checked against it, so signing in costs the same scrypt time
 * whether the account exists or not.
 */
export const NO_ACCOUNT_HASH = [
  'scrypt',
  N,
  R,
  P,
  'Vv1nZ3dQyq0c3k0mJ0bq6w==',
  'q2VhV0mXh8p3o5mB1qv3f4cV7QbW1r0p9j6YVxqK3hA=',
].join('$');
