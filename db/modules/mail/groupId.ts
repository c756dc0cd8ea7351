import type { Db } from '../../platform/database';

/** A new group number for messages queued together (a roster mailing, a group message), in the caller's transaction. */
export function nextGroupId(db: Db): number {
  return (db.prepare('SELECT coalesce(max(group_id), 0) + 1 AS id FROM mail_messages').get() as { id: number }).id;
}
