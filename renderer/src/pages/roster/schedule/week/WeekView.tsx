import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../../components/QueryState';
import { addDays } from '../../../../format';
import { useApi } from '../../../../hooks/useApi';
import { ShiftDrawer } from '../drawer/ShiftDrawer';
import { RosterPrint } from '../print/RosterPrint';
import { ShiftModal } from '../ShiftModal';
import { useRosterParams } from '../useRosterParams';
import type { Shift, VolunteerRole } from '../../shared/types';
import { DayCoverage } from './DayCoverage';
import { WeekGrid } from './WeekGrid';
import { WeekToolbar } from './WeekToolbar';

/** The week on screen, the shift drawer over it, and the same week as the printed wall roster. */
export function WeekView({ roles, onChanged }: { roles: readonly VolunteerRole[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const params = useRosterParams();
  const { monday } = params;
  const shifts = useApi('roster.week', { from: monday, to: addDays(monday, 6) });
  const days = useApi('calendar.days', { date: monday, days: 7 });
  const volunteers = useApi('volunteers.choices', {});
  const [withPhones, setWithPhones] = useState(false);
  // undefined: closed; null: a new single shift; a shift: editing it.
  const [editing, setEditing] = useState<Shift | null | undefined>(undefined);
  const open = shifts.data?.find((s) => s.id === params.shiftId);
  const changed = () => {
    shifts.reload();
    onChanged();
  };
  const short = shifts.data?.filter((s) => !s.cancelled && s.needs.some((n) => n.filled < n.count)).length ?? 0;

  return (
    <>
      <Stack gap="md" className="screen-only">
        <WeekToolbar
          params={params}
          volunteers={volunteers.data ?? []}
          withPhones={withPhones}
          onWithPhones={setWithPhones}
          onNewShift={() => setEditing(null)}
        />
        {params.day && <DayCoverage date={params.day} />}
        <QueryState query={shifts}>
          {(list) => (
            <>
              <Text size="sm" aria-live="polite">
                {list.length === 0 ? t('roster.noShiftsWeek') : t('roster.weekSummary', { count: list.length, short })}
              </Text>
              <WeekGrid
                monday={monday}
                shifts={list}
                days={days.data ?? []}
                volunteerId={params.volunteerId}
                highlightDay={params.day}
                onOpen={params.openShift}
              />
            </>
          )}
        </QueryState>
      </Stack>
      {/* Mounted only while open: a closed drawer still leaves its portal after the sheet, and in print that empty box took a page of its own. */}
      {open && (
        <ShiftDrawer
          shift={open}
          roles={roles}
          volunteers={volunteers.data ?? []}
          onClose={() => params.openShift(null)}
          onChanged={changed}
          onEdit={setEditing}
        />
      )}
      {editing !== undefined && (
        <ShiftModal
          shift={editing ?? undefined}
          date={params.day ?? monday}
          roles={roles}
          onClose={() => setEditing(undefined)}
          onSaved={changed}
        />
      )}
      {/* The wall gets the whole week, whatever the volunteer filter on screen. */}
      {shifts.data && (
        <RosterPrint week={{ monday, shifts: shifts.data, days: days.data ?? [] }} withPhones={withPhones} />
      )}
    </>
  );
}
