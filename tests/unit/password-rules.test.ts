import { describe, expect, it } from 'vitest';
import {
  COMMON_BASE_MESSAGE,
  COMMON_PASSWORD_MESSAGE,
  REPEATED_MESSAGE,
  weakPasswordReason,
} from '../../db/modules/accounts/passwordRules';
import { newUser, password } from '../../db/modules/accounts/schemas';
import { safeParseIn } from '../../db/contract/zod';

describe('new passwords', () => {
  it('refuse the most common passwords, in any case', () => {
    for (const p of ['password123', 'Password123', '1234567890', 'qwertyuiop', 'iloveyou123', '1q2w3e4r5t'])
      expect(weakPasswordReason(p), p).toBe(COMMON_PASSWORD_MESSAGE);
  });

  it('refuse a common password with only digits or signs after it', () => {
    for (const p of ['password2024!', 'welkom12345', 'Wachtwoord12', 'feyenoord1908'])
      expect(weakPasswordReason(p), p).toBe(COMMON_BASE_MESSAGE);
  });

  it('refuse one character repeated, also a space or an emoji', () => {
    for (const p of ['aaaaaaaaaa', '1111111111', '          ', '😀'.repeat(10)])
      expect(weakPasswordReason(p), p).toBe(REPEATED_MESSAGE);
  });

  it('accept the passwords of the tests, the demo and a short sentence', () => {
    for (const p of [
      'correct-paard-batterij',
      'correct-paard-batterij-2',
      'een-lang-wachtwoord',
      'voorbeeld-wachtwoord',
      'bench-wachtwoord-lang',
      'nieuw-wachtwoord-1',
      'zomer2024!!!',
      'De kat zit op de mat 7',
    ])
      expect(weakPasswordReason(p), p).toBeNull();
  });

  it('give one Dutch message in the schema, and the length message alone for a short one', () => {
    const common = password.safeParse('password123');
    expect(common.success).toBe(false);
    expect(common.error?.issues.map((i) => i.message)).toEqual([COMMON_PASSWORD_MESSAGE]);
    expect(safeParseIn(password, 'aaaa', 'nl').error?.issues.map((i) => i.message)).toEqual([
      'Een wachtwoord heeft minstens 10 tekens.',
    ]);
    expect(safeParseIn(password, 'aaaa', 'en').error?.issues.map((i) => i.message)).toEqual([
      'A password has at least 10 characters.',
    ]);
    const user = newUser.safeParse({ name: 'Bas', username: 'bas', role: 'balie', password: 'qwertyuiop' });
    expect(user.error?.issues).toMatchObject([{ path: ['password'], message: COMMON_PASSWORD_MESSAGE }]);
  });
});
