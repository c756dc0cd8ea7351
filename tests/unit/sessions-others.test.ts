import { describe, expect, it } from 'vitest';
import { SessionStore } from '../../db/platform/sessions';

describe('sessions of one user', () => {
  it("end all but the one kept, and leave other users' sessions alone", () => {
    const store = new SessionStore();
    const keep = store.create(1);
    const other = store.create(1);
    const someoneElse = store.create(2);
    store.endOthersFor(1, keep);
    expect(store.resolve(keep, 10)).toMatchObject({ userId: 1 });
    expect(store.resolve(other, 10)).toBeNull();
    expect(store.resolve(someoneElse, 10)).toMatchObject({ userId: 2 });
    store.endOthersFor(2, null);
    expect(store.resolve(someoneElse, 10)).toBeNull();
  });
});
