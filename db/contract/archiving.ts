import type { Db } from '../platform/database';
import { method } from './method';
import { ApiError } from '../platform/errors';
import { id } from './fields';
import { z } from './zod';
import { personRef } from './audit';
import { compose } from '../platform/messages';

interface Archivable {
  name: string;
  active: boolean;
}

/**
 * Archive and restore for anything with an `active` flag (rooms, renters): archived items leave the
 * pick lists and keep their history. One set of rules, audited the same way.
 */
export function archiveMethods<T extends Archivable>(spec: {
  table: 'rooms' | 'renters';
  /** Noun with article for messages, in both languages: msg('Deze ruimte', 'This room'). */
  thisOne: string;
  label: string;
  load: (db: Db, id: number) => T;
  archiveDescription: string;
}) {
  const setActive = (db: Db, itemId: number, active: boolean): T => {
    const before = spec.load(db, itemId);
    if (before.active === active)
      throw new ApiError(
        'CONFLICT',
        compose((t, lang) =>
          lang === 'nl'
            ? `${t(spec.thisOne)} is al ${active ? 'actief' : 'gearchiveerd'}.`
            : `${t(spec.thisOne)} is already ${active ? 'active' : 'archived'}.`,
        ),
      );
    db.prepare(`UPDATE ${spec.table} SET active = ? WHERE id = ?`).run(active ? 1 : 0, itemId);
    return spec.load(db, itemId);
  };
  const toggle = (active: boolean, description: string) =>
    method({
      description,
      access: ['beheerder'],
      mode: 'write',
      input: z.object({ id }),
      handler: ({ db, audit }, input) => {
        const item = setActive(db, input.id, active);
        audit({
          entity: spec.table,
          entityId: input.id,
          // A renter is a person or their organisation: named by number, as every personal record is.
          summary: `${spec.table === 'renters' ? personRef(spec.label, input.id) : `${spec.label} "${item.name}"`} ${active ? 'teruggezet' : 'gearchiveerd'}`,
        });
        return item;
      },
    });
  return {
    archive: toggle(false, spec.archiveDescription),
    restore: toggle(true, `Zet een gearchiveerde ${spec.label.toLowerCase()} terug.`),
  };
}
