import type { Ctx } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { msg } from '../../platform/messages';
import type { z } from '../../contract/zod';
import type { bookingCancel } from './schemas';
import { localDateTime } from '../../platform/clock';
import { bookingsWhere, getBooking } from './bookings';
import { cancelBooking } from './write';
import { inFamily } from './series';
import { mailCancellation } from './mail';

export function cancelBookings(ctx: Ctx, input: z.output<typeof bookingCancel>) {
  const { db } = ctx;
  const now = localDateTime(ctx.clock.now());
  const b = getBooking(db, input.id);
  if (b.status === 'geannuleerd')
    throw new ApiError('CONFLICT', msg('Deze boeking is al geannuleerd.', 'This booking has already been cancelled.'));
  // Cancelling ends the series from here on, moved and edited occurrences and parts split off it included.
  const from = input.scope === 'following' ? b.start : `${now.slice(0, 10)}T00:00`;
  const family = b.seriesId === null ? null : inFamily(db, b.seriesId);
  const later =
    input.scope === 'this' || family === null
      ? []
      : bookingsWhere(
          db,
          `${family.sql} AND b.status <> 'geannuleerd' AND b.start >= ? AND b.id <> ?`,
          ...family.ids,
          from,
          b.id,
        );
  const targets = [b, ...later];
  for (const t of targets) cancelBooking(db, t.id, input.reason, now);
  mailCancellation(db, ctx.clock, targets, input.reason);
  ctx.audit({
    entity: 'bookings',
    entityId: b.id,
    summary: `Geannuleerd: "${b.title}" ${b.start}${targets.length > 1 ? ` en ${targets.length - 1} volgende` : ''}; reden: ${input.reason}`,
  });
  return { ids: targets.map((t) => t.id) };
}
