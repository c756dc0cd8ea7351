import { describe, expect, it } from 'vitest';
import { SessionStore } from '../../db/platform/sessions';

describe('sessions', () => {
  it('lock after the idle time, stay locked until unlocked, and expire after a working day', () => {
    let now = 0;
    const store = new SessionStore(() => now);
    const token = store.create(7);
    expect(store.resolve(token, 10)).toMatchObject({ userId: 7, locked: false });
    now += 9 * 60_000;
    store.touch(token);
    now += 9 * 60_000;
    expect(store.resolve(token, 10)?.locked).toBe(false);
    now += 2 * 60_000;
    expect(store.resolve(token, 10)?.locked).toBe(true);
    store.touch(token);
    expect(store.resolve(token, 10)?.locked).toBe(true);
    store.unlock(token);
    expect(store.resolve(token, 10)?.locked).toBe(false);
    now += 15 * 60 * 60_000;
    expect(store.resolve(token, 10_000)).toBeNull();
  });

  it('knows no token it did not make, and forgets ended sessions', () => {
    const store = new SessionStore();
    const a = store.create(1);
    const b = store.create(1);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(store.resolve('abc', 10)).toBeNull();
    store.end(a);
    expect(store.resolve(a, 10)).toBeNull();
    store.endAllFor(1);
    expect(store.resolve(b, 10)).toBeNull();
  });
});
