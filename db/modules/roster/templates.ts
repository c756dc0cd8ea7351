import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { z } from '../../contract/zod';
import { generateInput, templateInput, templateUpdate } from './schemas';
import { addDays, isoWeekday, localDate } from '../../platform/clock';
import { dayStatuses } from '../building/building';
import { COORDINATION } from './access';
import { checkRoles, writeNeeds } from './shifts';
import { msg } from '../../platform/messages';

/** Shift templates ("Ochtend balie ma–vr") and the shifts they make for the days the house is open. */

export function insertTemplate(db: Db, t: z.output<typeof templateInput>): number {
  checkRoles(db, t.needs);
  const templateId = Number(
    db
      .prepare(
        'INSERT INTO shift_templates (name, weekdays, start_time, end_time, valid_from, valid_until, skip_closed) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        t.name,
        JSON.stringify([...new Set(t.weekdays)].sort()),
        t.startTime,
        t.endTime,
        t.validFrom,
        t.validUntil,
        t.skipClosed ? 1 : 0,
      ).lastInsertRowid,
  );
  writeNeeds(db, 'shift_template_needs', 'template_id', templateId, t.needs);
  return templateId;
}

interface TemplateRow {
  id: number;
  name: string;
  weekdays: string;
  start_time: string;
  end_time: string;
  valid_from: string;
  valid_until: string | null;
  skip_closed: number;
}

/**
 * Makes the shifts of active templates for each matching day in the range, skipping days the house
 * is closed (closures and holidays) when the template says so. Shifts that exist already stay as
 * they are, so running it twice changes nothing.
 */
export function generateShifts(
  db: Db,
  from: string,
  to: string,
  templateId: number | null,
): { created: number; skippedClosed: string[] } {
  const templates = db
    .prepare(`SELECT * FROM shift_templates WHERE active = 1 AND (? IS NULL OR id = ?)`)
    .all(templateId, templateId) as TemplateRow[];
  const days = dayStatuses(db, from, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1);
  const exists = db.prepare('SELECT 1 FROM shifts WHERE template_id = ? AND date = ?');
  const insert = db.prepare('INSERT INTO shifts (template_id, title, date, start, end) VALUES (?, ?, ?, ?, ?)');
  const needs = db.prepare('SELECT role_id AS roleId, count FROM shift_template_needs WHERE template_id = ?');
  let created = 0;
  const skippedClosed: string[] = [];
  for (const t of templates) {
    const weekdays = JSON.parse(t.weekdays) as number[];
    const tNeeds = needs.all(t.id) as { roleId: number; count: number }[];
    for (const day of days) {
      if (
        day.date < t.valid_from ||
        (t.valid_until && day.date > t.valid_until) ||
        !weekdays.includes(isoWeekday(day.date))
      )
        continue;
      if (t.skip_closed && day.closedBecause) {
        skippedClosed.push(day.date);
        continue;
      }
      if (exists.get(t.id, day.date)) continue;
      const shiftId = Number(
        insert.run(t.id, t.name, day.date, `${day.date}T${t.start_time}`, `${day.date}T${t.end_time}`).lastInsertRowid,
      );
      writeNeeds(db, 'shift_needs', 'shift_id', shiftId, tNeeds);
      created++;
    }
  }
  return { created, skippedClosed: [...new Set(skippedClosed)].sort() };
}

export const templateMethods = {
  'roster.templates': method({
    description: 'De dienstsjablonen (bijvoorbeeld "Ochtend balie ma–vr 09:00–13:00, 2 gastvrouwen, 1 sleutelhouder").',
    access: COORDINATION,
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db }) =>
      (
        db.prepare('SELECT * FROM shift_templates ORDER BY active DESC, name').all() as (TemplateRow & {
          active: number;
        })[]
      ).map((t) => ({
        id: t.id,
        name: t.name,
        weekdays: JSON.parse(t.weekdays) as number[],
        startTime: t.start_time,
        endTime: t.end_time,
        validFrom: t.valid_from,
        validUntil: t.valid_until,
        skipClosed: t.skip_closed === 1,
        active: t.active === 1,
        needs: db
          .prepare(
            'SELECT n.role_id AS roleId, r.name AS roleName, n.count FROM shift_template_needs n JOIN volunteer_roles r ON r.id = n.role_id WHERE n.template_id = ? ORDER BY r.name',
          )
          .all(t.id) as { roleId: number; roleName: string; count: number }[],
      })),
  }),
  'roster.createTemplate': method({
    description: 'Maakt een dienstsjabloon en meteen de diensten ervan voor de komende acht weken.',
    access: COORDINATION,
    mode: 'write',
    input: templateInput,
    handler: ({ db, clock, audit }, input) => {
      const templateId = insertTemplate(db, input);
      const today = localDate(clock.now());
      const from = input.validFrom > today ? input.validFrom : today;
      const result = generateShifts(db, from, addDays(from, 55), templateId);
      audit({
        entity: 'roster',
        entityId: `sjabloon-${templateId}`,
        summary: `Sjabloon "${input.name}" gemaakt; ${result.created} diensten`,
      });
      return { templateId, ...result };
    },
  }),
  'roster.updateTemplate': method({
    description: 'Wijzigt een sjabloon; bestaande diensten blijven zoals ze zijn, nieuwe volgen het sjabloon.',
    access: COORDINATION,
    mode: 'write',
    input: templateUpdate,
    handler: ({ db }, input) => {
      checkRoles(db, input.needs);
      const r = db
        .prepare(
          'UPDATE shift_templates SET name = ?, weekdays = ?, start_time = ?, end_time = ?, valid_from = ?, valid_until = ?, skip_closed = ?, active = ? WHERE id = ?',
        )
        .run(
          input.name,
          JSON.stringify([...new Set(input.weekdays)].sort()),
          input.startTime,
          input.endTime,
          input.validFrom,
          input.validUntil,
          input.skipClosed ? 1 : 0,
          input.active ? 1 : 0,
          input.id,
        );
      if (r.changes === 0)
        throw new ApiError('NOT_FOUND', msg('Dit sjabloon bestaat niet.', 'This template does not exist.'));
      writeNeeds(db, 'shift_template_needs', 'template_id', input.id, input.needs);
      return { id: input.id };
    },
  }),
  'roster.generate': method({
    description:
      'Maakt de diensten van de sjablonen voor een periode (bestaande blijven staan; gesloten dagen worden overgeslagen).',
    access: COORDINATION,
    mode: 'write',
    input: generateInput,
    handler: ({ db }, input) => generateShifts(db, input.from, input.to, input.templateId),
  }),
};
