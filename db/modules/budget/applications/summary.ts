import type { Db } from '../../../platform/database';
import type { z } from '../../../contract/zod';
import { ApiError } from '../../../platform/errors';
import {
  APPLICANT_TYPE_LABELS,
  SCHEME_LABELS,
  STATUS_LABELS,
  applicationQuery,
  type ApplicationFields,
  type ApplicationStatus,
  type PriorityGroup,
  type Scheme,
} from '../schemas';
import { visibleApplicationIds, type Caller } from '../shared';
import { msg } from '../../../platform/messages';

/** An application in a list: who asks what, in which round, and where it stands. */
export interface ApplicationSummary {
  id: number;
  number: string | null;
  status: ApplicationStatus;
  statusLabel: string;
  roundId: number;
  roundName: string;
  scheme: Scheme;
  schemeLabel: string;
  year: number;
  applicantType: ApplicationFields['applicantType'];
  applicantTypeLabel: string;
  applicantName: string;
  contactName: string;
  wijk: string;
  title: string;
  priorityGroups: PriorityGroup[];
  requestedCents: number;
  grantedCents: number;
  receivedOn: string | null;
  decidedOn: string | null;
}

export const SUMMARY_SELECT = `SELECT a.id, a.number, a.status, a.round_id AS roundId, r.name AS roundName, r.scheme, y.year, a.applicant_type AS applicantType,
  a.applicant_name AS applicantName, a.contact_name AS contactName, a.wijk, a.title, a.priority_groups AS priorityGroups, a.requested_cents AS requestedCents,
  a.granted_cents AS grantedCents, a.received_on AS receivedOn, a.decided_on AS decidedOn
  FROM budget_applications a JOIN budget_rounds r ON r.id = a.round_id JOIN budget_years y ON y.id = r.year_id`;

export function toSummary(row: Record<string, unknown>): ApplicationSummary {
  const s = row as unknown as ApplicationSummary;
  return {
    ...s,
    statusLabel: STATUS_LABELS[s.status],
    schemeLabel: SCHEME_LABELS[s.scheme],
    applicantTypeLabel: APPLICANT_TYPE_LABELS[s.applicantType],
    priorityGroups: JSON.parse(row.priorityGroups as string) as PriorityGroup[],
  };
}

export function applicationSummary(db: Db, applicationId: number): ApplicationSummary {
  const row = db.prepare(`${SUMMARY_SELECT} WHERE a.id = ?`).get(applicationId) as Record<string, unknown> | undefined;
  if (!row) throw new ApiError('NOT_FOUND', msg('Deze aanvraag bestaat niet.', 'This application does not exist.'));
  return toSummary(row);
}

/** The applications the caller may see, filtered as asked. */
export function listApplications(caller: Caller, q: z.output<typeof applicationQuery>): ApplicationSummary[] {
  const { db } = caller;
  const visible = visibleApplicationIds(caller);
  const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = db
    .prepare(
      `${SUMMARY_SELECT}
       WHERE (@roundId IS NULL OR a.round_id = @roundId) AND (@yearId IS NULL OR r.year_id = @yearId)
         AND (@statuses IS NULL OR a.status IN (SELECT value FROM json_each(@statuses)))
         AND (@search = '' OR a.title LIKE @like ESCAPE '\\' OR a.applicant_name LIKE @like ESCAPE '\\' OR a.number LIKE @like ESCAPE '\\' OR a.contact_name LIKE @like ESCAPE '\\')
       ORDER BY y.year DESC, a.received_on IS NULL, a.received_on DESC, a.id DESC
       LIMIT @limit OFFSET @offset`,
    )
    .all({
      roundId: q.roundId,
      yearId: q.yearId,
      statuses: q.statuses.length ? JSON.stringify(q.statuses) : null,
      search: q.search,
      like,
      // A committee member sees only what is on an agenda (a handful): those are paged after filtering.
      limit: visible ? -1 : q.limit,
      offset: visible ? 0 : q.offset,
    }) as Record<string, unknown>[];
  const summaries = rows.map(toSummary);
  return visible ? summaries.filter((a) => visible.has(a.id)).slice(q.offset, q.offset + q.limit) : summaries;
}
