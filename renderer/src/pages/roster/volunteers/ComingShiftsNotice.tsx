import { Alert, Checkbox, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { timeRange } from '../shared/time';

/** Enough to recognise the shifts; the rest is counted. */
const SHOWN = 5;

/**
 * Shown when a coördinator puts someone on pauze or stops them while they are still on coming shifts
 * (issue 18, point 9): the roster would otherwise keep counting on a person who will not come.
 */
export function ComingShiftsNotice({
  volunteerId,
  name,
  signOff,
  onSignOffChange,
}: {
  volunteerId: number;
  name: string;
  signOff: boolean;
  onSignOffChange: (value: boolean) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { data: shifts } = useApi('volunteers.comingShifts', { id: volunteerId });
  if (!shifts || shifts.length === 0) return null;
  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle size={20} aria-hidden />}
      title={t('volunteers.coming.title', { name, count: shifts.length })}
    >
      <List size="sm" mb="xs">
        {shifts.slice(0, SHOWN).map((s) => (
          <List.Item key={s.assignmentId}>
            {f.date(s.date)}, {timeRange(s)}: {s.title} ({s.roleName})
          </List.Item>
        ))}
      </List>
      {shifts.length > SHOWN && (
        <Text size="sm" mb="xs">
          {t('volunteers.coming.more', { count: shifts.length - SHOWN })}
        </Text>
      )}
      <Checkbox
        label={t('volunteers.coming.signOff', { count: shifts.length })}
        description={t('volunteers.coming.signOffHelp')}
        checked={signOff}
        onChange={(e) => onSignOffChange(e.currentTarget.checked)}
      />
    </Alert>
  );
}
