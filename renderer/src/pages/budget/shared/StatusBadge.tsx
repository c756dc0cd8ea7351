import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const APPLICATION_COLORS: Record<string, string> = {
  concept: 'gray',
  ingediend: 'blue',
  ontvankelijk: 'cyan',
  niet_ontvankelijk: 'red',
  geagendeerd: 'indigo',
  toegekend: 'green',
  deels_toegekend: 'teal',
  afgewezen: 'red',
  aangehouden: 'orange',
  bevoorschot: 'lime',
  uitbetaald: 'green',
  verantwoord: 'grape',
  afgesloten: 'dark',
  ingetrokken: 'gray',
};
const MEETING_COLORS: Record<string, string> = {
  gepland: 'blue',
  geopend: 'green',
  gesloten: 'dark',
  geannuleerd: 'gray',
};

/** An application's status in words and colour (the colour only adds; the word carries the meaning). */
export function ApplicationStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={APPLICATION_COLORS[status] ?? 'gray'} variant="light" style={{ textTransform: 'none' }}>
      {t(`applications.status.${status}` as 'applications.status.concept')}
    </Badge>
  );
}

export function MeetingStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={MEETING_COLORS[status] ?? 'gray'} variant="light" style={{ textTransform: 'none' }}>
      {t(`meetings.status.${status}` as 'meetings.status.gepland')}
    </Badge>
  );
}
