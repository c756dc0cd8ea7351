import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ATTENDANCE_STATUSES } from '../../../../../db/modules/budget/schemas';
import { call } from '../../../api/client';
import { notifySuccess } from '../../../notify';
import { firstFieldErrors } from '../shared/fieldErrors';
import type { Meeting } from './types';

export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/**
 * The attendance as recorded in the room (per member, the acting chair, guests), saved as a whole; opening
 * the meeting saves first, so what the room sees is what the quorum is counted on.
 */
export function useAttendance(meeting: Meeting, onSaved: (m: Meeting) => void) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Record<number, AttendanceStatus | null>>(() =>
    Object.fromEntries(meeting.members.map((m) => [m.memberId, m.attendance])),
  );
  const [chair, setChair] = useState<string | null>(meeting.chairMemberId ? String(meeting.chairMemberId) : null);
  const [guests, setGuests] = useState(meeting.guests);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The refusal, and which action it is about: a refused opening says so in its title ("niet geopend").
  const [failure, setFailure] = useState<{ action: 'save' | 'open'; message: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const fail = (e: unknown, action: 'save' | 'open') => {
    setErrors(firstFieldErrors(e));
    const text = e instanceof Error ? e.message : String(e);
    setFailure({ action, message: action === 'open' ? `${text} ${t('meetings.attendanceKept')}` : text });
  };

  /** Within "Vergadering openen" the save says nothing itself: a green "opgeslagen" read as "it is open". */
  const save = async (quiet = false): Promise<boolean> => {
    setBusy('save');
    setErrors({});
    setFailure(null);
    try {
      const members = meeting.members
        .filter((m) => rows[m.memberId])
        .map((m) => ({ memberId: m.memberId, status: rows[m.memberId]! }));
      onSaved(
        await call('meetings.attendance', {
          id: meeting.id,
          members,
          chairMemberId: chair ? Number(chair) : null,
          guests,
        }),
      );
      if (!quiet) notifySuccess(t('meetings.attendanceSaved'));
      return true;
    } catch (e) {
      fail(e, 'save');
      return false;
    } finally {
      setBusy(null);
    }
  };

  const open = async () => {
    if (!(await save(true))) return;
    setBusy('open');
    try {
      onSaved(await call('meetings.open', { id: meeting.id }));
      notifySuccess(t('meetings.opened'));
    } catch (e) {
      fail(e, 'open');
    } finally {
      setBusy(null);
    }
  };

  const setStatus = (memberId: number, status: AttendanceStatus) => setRows({ ...rows, [memberId]: status });
  const errorOf = (memberId: number) => memberError(meeting, rows, errors, memberId);
  const { message = null, action: failed = null } = failure ?? {};
  const saveAlone = () => void save();
  return {
    rows,
    setStatus,
    chair,
    setChair,
    guests,
    setGuests,
    errors,
    errorOf,
    message,
    failed,
    busy,
    open,
    save: saveAlone,
  };
}

/** The core numbers its errors by the members sent, which are only those with a status. */
function memberError(
  meeting: Meeting,
  rows: Record<number, AttendanceStatus | null>,
  errors: Record<string, string>,
  memberId: number,
): string | undefined {
  const i = meeting.members.filter((m) => rows[m.memberId]).findIndex((s) => s.memberId === memberId);
  return i >= 0 ? (errors[`members.${i}.status`] ?? errors[`members.${i}.memberId`]) : undefined;
}
