import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { z } from '../../contract/zod';
import { CHECKLIST_KINDS, checklistItemInput, checklistItemUpdate, checklistRunInput } from './schemas';
import { isoDate } from '../../contract/fields';
import { localDate, localDateTime } from '../../platform/clock';
import { msg } from '../../platform/messages';

type Kind = (typeof CHECKLIST_KINDS)[number];

export interface ChecklistItem {
  id: number;
  kind: Kind;
  label: string;
  sortOrder: number;
  active: boolean;
}

export interface ChecklistRun {
  id: number;
  kind: Kind;
  date: string;
  at: string;
  userName: string;
  note: string;
  items: { label: string; done: boolean; reason: string }[];
}

export function checklistItems(db: Db, kind: Kind | null, includeInactive = false): ChecklistItem[] {
  return (
    db
      .prepare(
        `SELECT id, kind, label, sort_order AS sortOrder, active FROM checklist_items WHERE (? IS NULL OR kind = ?) AND (? = 1 OR active = 1) ORDER BY kind, sort_order, id`,
      )
      .all(kind, kind, includeInactive ? 1 : 0) as Record<string, unknown>[]
  ).map((r) => ({ ...(r as unknown as ChecklistItem), active: r.active === 1 }));
}

export function insertChecklistItem(db: Db, kind: Kind, label: string): number {
  const next = (
    db.prepare('SELECT coalesce(max(sort_order), 0) + 1 AS n FROM checklist_items WHERE kind = ?').get(kind) as {
      n: number;
    }
  ).n;
  return Number(
    db.prepare('INSERT INTO checklist_items (kind, label, sort_order) VALUES (?, ?, ?)').run(kind, label, next)
      .lastInsertRowid,
  );
}

export function runsOn(db: Db, date: string): ChecklistRun[] {
  const runs = db
    .prepare('SELECT id, kind, date, at, user_name AS userName, note FROM checklist_runs WHERE date = ? ORDER BY at')
    .all(date) as Omit<ChecklistRun, 'items'>[];
  const items = db.prepare('SELECT label, done, reason FROM checklist_run_items WHERE run_id = ? ORDER BY rowid');
  return runs.map((r) => ({
    ...r,
    items: (items.all(r.id) as { label: string; done: number; reason: string }[]).map((i) => ({
      ...i,
      done: i.done === 1,
    })),
  }));
}

export const checklistMethods = {
  'checklists.items': method({
    description: 'De punten van de openings- en sluitingschecklist.',
    access: ['beheerder', 'balie', 'coordinator'],
    mode: 'read',
    input: z.object({ includeInactive: z.boolean().default(false) }).default({ includeInactive: false }),
    handler: ({ db }, q) => checklistItems(db, null, q.includeInactive),
  }),
  'checklists.addItem': method({
    description: 'Voegt een punt toe aan de openings- of sluitingschecklist.',
    access: ['beheerder'],
    mode: 'write',
    input: checklistItemInput,
    handler: ({ db }, input) => {
      const itemId = insertChecklistItem(db, input.kind, input.label);
      return checklistItems(db, input.kind, true).find((i) => i.id === itemId)!;
    },
  }),
  'checklists.updateItem': method({
    description: 'Wijzigt, verplaatst of schakelt een checklistpunt uit (vastgelegde rondes houden hun tekst).',
    access: ['beheerder'],
    mode: 'write',
    input: checklistItemUpdate,
    handler: ({ db }, input) => {
      const r = db
        .prepare('UPDATE checklist_items SET label = ?, active = ?, sort_order = ? WHERE id = ?')
        .run(input.label, input.active ? 1 : 0, input.sortOrder, input.id);
      if (r.changes === 0)
        throw new ApiError('NOT_FOUND', msg('Dit checklistpunt bestaat niet.', 'This checklist item does not exist.'));
      return checklistItems(db, null, true).find((i) => i.id === input.id)!;
    },
  }),
  'checklists.record': method({
    description: 'Legt een opening of sluiting vast: per punt gedaan of niet, met een reden als het niet gedaan is.',
    access: ['beheerder', 'balie'],
    mode: 'write',
    input: checklistRunInput,
    handler: ({ db, clock, actor, audit }, input) => {
      const active = checklistItems(db, input.kind);
      input.items.forEach((item, i) => {
        if (!active.some((a) => a.id === item.itemId))
          throw ApiError.field(
            `items.${i}.itemId`,
            msg('Dit punt staat niet (meer) op de checklist.', 'This item is not (or no longer) on the checklist.'),
          );
      });
      const missing = active.filter((a) => !input.items.some((i) => i.itemId === a.id));
      if (missing.length)
        throw ApiError.field(
          'items',
          msg(
            `Nog niet ingevuld: ${missing.map((m) => m.label).join(', ')}.`,
            `Not filled in yet: ${missing.map((m) => m.label).join(', ')}.`,
          ),
        );
      const at = localDateTime(clock.now());
      const runId = Number(
        db
          .prepare('INSERT INTO checklist_runs (kind, date, at, user_id, user_name, note) VALUES (?, ?, ?, ?, ?, ?)')
          .run(input.kind, at.slice(0, 10), at, actor!.id, actor!.name, input.note).lastInsertRowid,
      );
      const insert = db.prepare(
        'INSERT INTO checklist_run_items (run_id, item_id, label, done, reason) VALUES (?, ?, ?, ?, ?)',
      );
      for (const item of input.items)
        insert.run(
          runId,
          item.itemId,
          active.find((a) => a.id === item.itemId)!.label,
          item.done ? 1 : 0,
          item.done ? '' : item.reason,
        );
      const skipped = input.items.filter((i) => !i.done).length;
      audit({
        entity: 'checklists',
        entityId: runId,
        summary: `${input.kind === 'opening' ? 'Opening' : 'Sluiting'} vastgelegd${skipped ? `, ${skipped} punt(en) niet gedaan` : ', alles gedaan'}`,
      });
      return runsOn(db, at.slice(0, 10)).find((r) => r.id === runId)!;
    },
  }),
  'checklists.runs': method({
    description: 'De openingen en sluitingen die op een dag zijn vastgelegd.',
    access: ['beheerder', 'balie', 'coordinator'],
    mode: 'read',
    input: z.object({ date: isoDate.optional() }).default({}),
    handler: ({ db, clock }, { date }) => runsOn(db, date ?? localDate(clock.now())),
  }),
};
