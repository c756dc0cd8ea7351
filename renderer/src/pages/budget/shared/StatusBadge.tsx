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

/**
 * The word is the meaning, so it is never cut off ("Inge…") and its text is the colour's darkest shade: at least
 * 4.5:1 on the light background for every colour (the light variant's own text is too pale for lime and cyan).
 */
const WHOLE_WORD = { root: { maxWidth: 'none', flexShrink: 0 }, label: { overflow: 'visible' } } as const;

/** Lime's darkest shade is still too pale on its own tint (3:1): a darker green of our own (6.8:1). */
const TEXT_COLORS: Record<string, string> = { lime: '#3b5e0a' };

/** An application's status in words and colour (the colour only adds; the word carries the meaning). */
export function ApplicationStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const color = APPLICATION_COLORS[status] ?? 'gray';
  return (
    <Badge
      color={color}
      c={TEXT_COLORS[color] ?? `${color}.9`}
      variant="light"
      styles={WHOLE_WORD}
      style={{ textTransform: 'none' }}
    >
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
