import { describe, expect, it } from 'vitest';
import { createBridge, METHOD_PATTERN } from '../../../electron/preload-bridge';

describe('window.wijkhuis bridge', () => {
  it('invokes wijkhuis:<method> with the input', async () => {
    const calls: [string, unknown][] = [];
    const bridge = createBridge(async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, value: 42 };
    });
    expect(await bridge.call('rooms.create', { name: 'Zaal 1' })).toEqual({ ok: true, value: 42 });
    expect(calls).toEqual([['wijkhuis:rooms.create', { name: 'Zaal 1' }]]);
  });

  it.each([
    '',
    'rooms',
    'rooms.',
    '.create',
    'Rooms.create',
    'rooms.create.x',
    'rooms/create',
    '../x.y',
    'rooms.create\n',
    'wijkhuis:rooms.create',
  ])('refuses %j without touching IPC', async (method) => {
    let invoked = false;
    const bridge = createBridge(async () => (invoked = true));
    expect(await bridge.call(method, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(invoked).toBe(false);
  });

  it('refuses a method that is not a string', async () => {
    const bridge = createBridge(async () => ({ ok: true, value: null }));
    expect(await bridge.call(42 as unknown as string, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('turns IPC rejections into CallResults', async () => {
    const unknown = createBridge(() =>
      Promise.reject(
        new Error("Error invoking remote method 'wijkhuis:foo.bar': No handler registered for 'wijkhuis:foo.bar'"),
      ),
    );
    expect(await unknown.call('foo.bar', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const uncloneable = createBridge(() => {
      throw new Error('An object could not be cloned.');
    });
    expect(await uncloneable.call('rooms.create', { f: () => 1 })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('accepts the names the API uses', () => {
    for (const name of ['auth.me', 'setup.firstRun', 'rooms.create', 'auth.changePassword'])
      expect(METHOD_PATTERN.test(name)).toBe(true);
  });
});
