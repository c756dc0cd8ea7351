import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { method } from '../../db/contract/method';
import { defineModule } from '../../db/contract/module';
import { moduleOf, registerMethods } from '../../db/contract/registry';
import { API } from '../../db/contract/api';
import { MODULES } from '../../db/modules';

const ping = method({
  description: 'ping',
  access: 'public',
  mode: 'read',
  input: z.object({}),
  handler: () => 'pong',
});

describe('registerMethods', () => {
  it('refuses a method name that two modules both claim, naming both', () => {
    const a = defineModule({ name: 'bookings', title: 'a', methods: { 'rooms.list': ping } });
    const b = defineModule({ name: 'building', title: 'b', methods: { 'rooms.list': ping } });
    expect(() => registerMethods([a, b])).toThrow('Method rooms.list is registered twice: by bookings and by building');
  });

  it('builds the table of the house from every module, each method owned by one module', () => {
    const owners = moduleOf(MODULES);
    expect(Object.keys(API).sort()).toEqual([...owners.keys()].sort());
    expect(new Set(MODULES.map((m) => m.name)).size).toBe(MODULES.length);
  });
});
