import { describe, expect, it } from 'vitest';
import { createFlag } from '../../renderer/src/hooks/flag';

describe('createFlag', () => {
  it('tells its listeners of a change, once, and no longer after they unsubscribe', () => {
    const flag = createFlag(false);
    const seen: boolean[] = [];
    const stop = flag.subscribe(() => seen.push(flag.get()));
    flag.set(true);
    flag.set(true);
    flag.set(false);
    stop();
    flag.set(true);
    expect(seen).toEqual([true, false]);
    expect(flag.get()).toBe(true);
  });
});
