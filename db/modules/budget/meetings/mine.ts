import { method } from '../../../contract/method';
import { z } from '../../../contract/zod';
import { localDate } from '../../../platform/clock';
import { memberOfActor, sittingMemberOfActor } from '../shared';
import { MEETING_SELECT, type MeetingRow } from './records';

/**
 * A committee member's own start: the next meeting with what to read for it (the applications on its
 * agenda, with their attachments) and their declarations of interest that still matter (the item is not
 * decided yet). Only through the member record linked to the account, and only while the term runs,
 * like every other budget method a commissie account calls.
 */
export const budgetHomeMethods = {
  'meetings.mine': method({
    description:
      'Voor een commissielid: wie je bent in de commissie, de eerstvolgende vergadering met de aanvragen op de agenda (en hun bijlagen) en je eigen meldingen van belangenverstrengeling bij punten waarover nog niet besloten is.',
    // The beheerder has no member record: they get the empty answer and use Vandaag and the meetings screen.
    access: ['beheerder', 'commissie'],
    mode: 'read',
    input: z.object({}).default({}),
    handler: (ctx) => {
      const { db, clock } = ctx;
      const linked = memberOfActor(db, ctx.actor);
      const member = sittingMemberOfActor(ctx);
      if (!linked || !member)
        return {
          member: linked && { id: linked.id, name: linked.name, sitting: false },
          nextMeeting: null,
          declarations: [],
        };
      const next = db
        .prepare(
          `${MEETING_SELECT} WHERE m.date >= ? AND m.status IN ('gepland', 'geopend') ORDER BY m.date, m.start_time LIMIT 1`,
        )
        .get(localDate(clock.now())) as MeetingRow | undefined;
      const items = next
        ? (db
            .prepare(
              `SELECT i.id AS itemId, a.id AS applicationId, a.number, a.title, a.applicant_name AS applicantName,
              a.requested_cents AS requestedCents, (SELECT count(*) FROM budget_attachments t WHERE t.application_id = a.id) AS attachments,
              EXISTS (SELECT 1 FROM budget_declarations d WHERE d.item_id = i.id AND d.member_id = ?) AS declared
              FROM budget_meeting_items i JOIN budget_applications a ON a.id = i.application_id WHERE i.meeting_id = ? ORDER BY i.position`,
            )
            .all(member.id, next.id) as {
            itemId: number;
            applicationId: number;
            number: string | null;
            title: string;
            applicantName: string;
            requestedCents: number;
            attachments: number;
            declared: number;
          }[])
        : [];
      const declarations = db
        .prepare(
          `SELECT m.id AS meetingId, m.date, a.id AS applicationId, a.number, a.title, d.reason
          FROM budget_declarations d JOIN budget_meeting_items i ON i.id = d.item_id JOIN budget_meetings m ON m.id = i.meeting_id
          JOIN budget_applications a ON a.id = i.application_id
          WHERE d.member_id = ? AND i.decided_at IS NULL AND m.status IN ('gepland', 'geopend') ORDER BY m.date, i.position`,
        )
        .all(member.id) as {
        meetingId: number;
        date: string;
        applicationId: number;
        number: string | null;
        title: string;
        reason: string;
      }[];
      return {
        member: { id: member.id, name: member.name, sitting: true },
        nextMeeting: next && {
          id: next.id,
          date: next.date,
          startTime: next.startTime,
          place: next.roomName ?? next.location,
          status: next.status,
          items: items.map((i) => ({ ...i, declared: i.declared === 1 })),
        },
        declarations,
      };
    },
  }),
};
