import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { z } from '../../contract/zod';
import { roleInput, roleUpdate } from './schemas';
import { COORDINATION } from './access';
import { msg } from '../../platform/messages';

/** The roles and skills of volunteers (configurable): whether a role needs a VOG, whether it holds a key. */

export interface VolunteerRole {
  id: number;
  name: string;
  needsVog: boolean;
  isKeyHolder: boolean;
  active: boolean;
}

export function listRoles(db: Db, includeInactive = false): VolunteerRole[] {
  return (
    db
      .prepare(
        `SELECT id, name, needs_vog AS needsVog, is_key_holder AS isKeyHolder, active FROM volunteer_roles ${includeInactive ? '' : 'WHERE active = 1'} ORDER BY active DESC, name`,
      )
      .all() as Record<string, unknown>[]
  ).map((r) => ({
    ...(r as unknown as VolunteerRole),
    needsVog: r.needsVog === 1,
    isKeyHolder: r.isKeyHolder === 1,
    active: r.active === 1,
  }));
}

/** One role by id (archived ones too), or undefined. */
export function findRole(db: Db, roleId: number): VolunteerRole | undefined {
  const r = db
    .prepare(
      'SELECT id, name, needs_vog AS needsVog, is_key_holder AS isKeyHolder, active FROM volunteer_roles WHERE id = ?',
    )
    .get(roleId) as Record<string, unknown> | undefined;
  return (
    r && {
      ...(r as unknown as VolunteerRole),
      needsVog: r.needsVog === 1,
      isKeyHolder: r.isKeyHolder === 1,
      active: r.active === 1,
    }
  );
}

export const roleMethods = {
  'volunteers.roles': method({
    description:
      'De rollen en vaardigheden (configureerbaar), met of ze een VOG vragen en of het een sleutelhouder is.',
    access: ['beheerder', 'coordinator', 'balie'],
    mode: 'read',
    input: z.object({ includeInactive: z.boolean().default(false) }).default({ includeInactive: false }),
    handler: ({ db }, q) => listRoles(db, q.includeInactive),
  }),
  'volunteers.createRole': method({
    description: 'Voegt een rol toe.',
    access: COORDINATION,
    mode: 'write',
    input: roleInput,
    handler: ({ db }, input) => {
      if (db.prepare('SELECT 1 FROM volunteer_roles WHERE name = ?').get(input.name))
        throw ApiError.field('name', msg('Deze rol bestaat al.', 'This role already exists.'));
      const roleId = Number(
        db
          .prepare('INSERT INTO volunteer_roles (name, needs_vog, is_key_holder) VALUES (?, ?, ?)')
          .run(input.name, input.needsVog ? 1 : 0, input.isKeyHolder ? 1 : 0).lastInsertRowid,
      );
      return listRoles(db, true).find((r) => r.id === roleId)!;
    },
  }),
  'volunteers.updateRole': method({
    description: 'Wijzigt een rol, of zet haar uit.',
    access: COORDINATION,
    mode: 'write',
    input: roleUpdate,
    handler: ({ db }, input) => {
      if (db.prepare('SELECT 1 FROM volunteer_roles WHERE name = ? AND id <> ?').get(input.name, input.id))
        throw ApiError.field('name', msg('Deze rol bestaat al.', 'This role already exists.'));
      const r = db
        .prepare('UPDATE volunteer_roles SET name = ?, needs_vog = ?, is_key_holder = ?, active = ? WHERE id = ?')
        .run(input.name, input.needsVog ? 1 : 0, input.isKeyHolder ? 1 : 0, input.active ? 1 : 0, input.id);
      if (r.changes === 0) throw new ApiError('NOT_FOUND', msg('Deze rol bestaat niet.', 'This role does not exist.'));
      return listRoles(db, true).find((x) => x.id === input.id)!;
    },
  }),
};
