import { describe, expect, it } from 'vitest';
import { ok, openCore, setUp } from '../../helpers';

// Issue 19: Aanvragen sent all 4,000 applications of ten years (2 MB) when it opened; it now asks for a page.

describe('the applications list in pages', () => {
  it('gives a page in the list order, and the pages together are the whole list', async () => {
    const core = await openCore({ demo: true });
    const token = await setUp(core, true);
    const whole = await ok(core, token, 'applications.list', {});
    expect(whole.length).toBeGreaterThan(4);
    const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
    const first = await ok(core, token, 'applications.list', { limit: 3, offset: 0 });
    const rest = await ok(core, token, 'applications.list', { limit: 1000, offset: 3 });
    expect(ids(first)).toEqual(ids(whole).slice(0, 3));
    expect([...ids(first), ...ids(rest)]).toEqual(ids(whole));
    const filtered = await ok(core, token, 'applications.list', { statuses: ['ingediend'], limit: 1, offset: 0 });
    expect(filtered.length).toBeLessThanOrEqual(1);
    expect(filtered.every((a: { status: string }) => a.status === 'ingediend')).toBe(true);
  });
});
