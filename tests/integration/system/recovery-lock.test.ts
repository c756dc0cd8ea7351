/**
 * The recovery screen is open to anyone at the computer. Its lock counts wrong attempts per user name, so a
 * stranger trying names cannot lock the real beheerder out, and an unknown name costs the same scrypt work as a
 * known one (the time taken must not tell which names are beheerders in the backup).
 */
import { describe, expect, it, vi } from 'vitest';
import { openHouse } from '../../../db/house';
import { PASSWORD, fails, ok } from '../../helpers';
import { testClock } from '../../clock';
import { brokenHouse } from '../../faults/broken-house';

const counted = vi.hoisted(() => ({ verify: 0 }));
vi.mock('../../../db/modules/accounts/passwords', async (original) => {
  const actual = await original<typeof import('../../../db/modules/accounts/passwords')>();
  return {
    ...actual,
    verifyPassword: (password: string, stored: string) => {
      counted.verify += 1;
      return actual.verifyPassword(password, stored);
    },
  };
});

describe('the recovery lock', () => {
  it('locks only the user name that was tried, not everyone', async () => {
    const { dataDir, backup } = await brokenHouse();
    const core = await openHouse({ dataDir, clock: testClock() });
    try {
      for (let i = 0; i < 5; i++)
        await fails(core, null, 'recovery.restore', { name: backup, username: 'vreemde', password: `fout-${i}` });
      const stranger = await fails(core, null, 'recovery.restore', {
        name: backup,
        username: 'vreemde',
        password: 'fout',
      });
      expect(stranger.code).toBe('ACCOUNT_LOCKED');
      // Bea herself is not locked out by the stranger's attempts.
      const result = await ok(core, null, 'recovery.restore', { name: backup, username: 'bea', password: PASSWORD });
      expect(result.restored).toBe(backup);
      expect(core.state.mode).toBe('normal');
    } finally {
      core.close();
    }
  });

  it('still locks a user name after five wrong passwords, whatever its case', async () => {
    const { dataDir, backup } = await brokenHouse();
    const core = await openHouse({ dataDir, clock: testClock() });
    try {
      for (let i = 0; i < 5; i++)
        await fails(core, null, 'recovery.restore', { name: backup, username: 'bea', password: `fout-${i}` });
      const locked = await fails(core, null, 'recovery.restore', { name: backup, username: 'BEA', password: PASSWORD });
      expect(locked.code).toBe('ACCOUNT_LOCKED');
      expect(core.state.mode).toBe('recovery');
    } finally {
      core.close();
    }
  });

  it('spends the same scrypt work on a name that is not in the backup', async () => {
    const { dataDir, backup } = await brokenHouse();
    const core = await openHouse({ dataDir, clock: testClock() });
    try {
      counted.verify = 0;
      await fails(core, null, 'recovery.restore', { name: backup, username: 'bea', password: 'fout-wachtwoord' });
      expect(counted.verify).toBe(1);
      counted.verify = 0;
      await fails(core, null, 'recovery.restore', { name: backup, username: 'niemand', password: 'fout-wachtwoord' });
      expect(counted.verify).toBe(1);
    } finally {
      core.close();
    }
  });
});
