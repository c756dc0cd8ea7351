import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { houseInfoInput, HOUSE_TOPICS } from './schemas';
import { z } from '../../contract/zod';
import { localDateTime, type Clock } from '../../platform/clock';

type Topic = (typeof HOUSE_TOPICS)[number];

export function setHouseInfo(db: Db, clock: Clock, topic: Topic, text: string, by: string): void {
  db.prepare(
    'INSERT INTO house_info (topic, text, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(topic) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
  ).run(topic, text, localDateTime(clock.now()), by);
}

export const houseInfoMethods = {
  'house.info': method({
    description: 'Huisregels, noodprocedure en contacten, om te lezen en af te drukken.',
    access: ['beheerder', 'balie', 'coordinator', 'commissie'],
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db }) => {
      const rows = db
        .prepare('SELECT topic, text, updated_at AS updatedAt, updated_by AS updatedBy FROM house_info')
        .all() as { topic: Topic; text: string; updatedAt: string; updatedBy: string }[];
      return HOUSE_TOPICS.map(
        (topic) => rows.find((r) => r.topic === topic) ?? { topic, text: '', updatedAt: null, updatedBy: null },
      );
    },
  }),
  'house.setInfo': method({
    description: 'Wijzigt de huisregels, de noodprocedure of de contacten.',
    access: ['beheerder'],
    mode: 'write',
    input: houseInfoInput,
    handler: ({ db, clock, actor, audit }, input) => {
      setHouseInfo(db, clock, input.topic, input.text, actor!.name);
      audit({
        entity: 'houseInfo',
        entityId: input.topic,
        summary: `${input.topic} gewijzigd (${input.text.length} tekens)`,
      });
      return { topic: input.topic, text: input.text };
    },
  }),
};
