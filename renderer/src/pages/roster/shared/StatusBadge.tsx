import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Volunteer } from './types';

const COLOR: Record<Volunteer['status'], string> = { actief: 'green', pauze: 'yellow', gestopt: 'gray' };

export function StatusBadge({ status }: { status: Volunteer['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOR[status]} size="sm" tt="none">
      {t(`volunteers.statuses.${status}`)}
    </Badge>
  );
}
