import ICAL from 'ical.js';
import { addDays } from '../../../db/platform/clock';
import { outbox as outboxOf, type OutboxRow } from './templates-outbox';
import type { Core } from '../../../db/platform/core';
import { ok, openCore, rolesByName, setUp } from '../../helpers';
import { today } from '../../clock';

/** A house with a few volunteers and shifts, for the mail tests of the roster, group messages and choices. */
export async function volunteersHouse() {
  const core = await openCore();
  const token = await setUp(core);
  const roles = await rolesByName(core, token);
  const day = (n: number) => addDays(today(), n);
  const volunteer = (name: string, email: string, extra: Record<string, unknown> = {}) =>
    ok<{ id: number }>(core, token, 'volunteers.create', {
      name,
      email,
      roleIds: [roles['bar']],
      startDate: '2024-01-01',
      ...extra,
    });
  const shift = (title: string, date: string, startTime: string, endTime: string) =>
    ok<{ id: number }>(core, token, 'roster.createShift', {
      title,
      date,
      startTime,
      endTime,
      needs: [{ roleId: roles['bar'], count: 3 }],
    });
  const assign = (shiftId: number, volunteerId: number) =>
    ok<{ assignmentId: number }>(core, token, 'roster.assign', {
      shiftId,
      volunteerId,
      roleId: roles['bar'],
      confirmWarnings: true,
    });
  return { core, token, roles, day, volunteer, shift, assign };
}

export type { OutboxRow };

/** The outbox as it is in the SQLite file. */
export function outbox(core: Core, reason?: string): OutboxRow[] {
  return outboxOf(core.db, reason);
}

export function attachmentsOf(
  core: Core,
  messageId: number,
): { filename: string; content_type: string; content: Buffer }[] {
  return core.db
    .prepare('SELECT filename, content_type, content FROM mail_attachments WHERE message_id = ? ORDER BY id')
    .all(messageId) as { filename: string; content_type: string; content: Buffer }[];
}

/** The events of an .ics as ical.js reads them: summary, Amsterdam wall-clock start and end, and the UTC start. */
export function icsEvents(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      summary: e.summary,
      zone: e.startDate.zone?.tzid,
      start: e.startDate.toString().slice(0, 16),
      end: e.endDate.toString().slice(0, 16),
      utcStart: e.startDate.toJSDate().toISOString(),
    };
  });
}
