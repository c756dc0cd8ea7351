import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { timeRange } from '../../shared/time';
import type { Assignment, Shift } from '../../shared/types';
import classes from './WeekGrid.module.css';

const planned = (a: Assignment) => a.status === 'ingepland';

/** "gastvrouw/gastheer" may wrap after the slash in a narrow day column instead of in the middle of a word. */
const breakable = (name: string) => name.replace(/\//g, '/\u200b');

/** "bar 1/2": green when full, red when short, so gaps stand out in the week; read out as "1 van 2 ingepland". */
export function NeedBadge({ filled, count }: { filled: number; count: number }) {
  const { t } = useTranslation();
  const short = filled < count;
  return (
    <Badge
      component="span"
      size="xs"
      variant={short ? 'filled' : 'light'}
      color={short ? 'red.9' : 'green'}
      style={{ flex: 'none' }}
    >
      <span aria-hidden>
        {filled}/{count}
      </span>
      <span className="sr-only">{t('roster.filledOf', { filled, count })}</span>
    </Badge>
  );
}

/**
 * One shift in the week: time, title, each role with filled/needed and who stands there. The whole
 * card is the button that opens the shift, and reads as one sentence to a screen reader.
 */
export function ShiftCard({
  shift,
  onOpen,
  highlight,
}: {
  shift: Shift;
  onOpen: () => void;
  highlight?: number | null;
}) {
  const { t } = useTranslation();
  const short = shift.needs.some((n) => n.filled < n.count);
  const needed = new Set(shift.needs.map((n) => n.roleId));
  const others = shift.assignments.filter((a) => planned(a) && !needed.has(a.roleId));
  const waiting = shift.assignments.filter((a) => a.status === 'wachtlijst').length;
  const state = shift.cancelled ? 'cancelled' : short ? 'short' : 'full';
  const name = (a: Assignment) => (
    <span key={a.id} className={classes.person} data-highlight={a.volunteerId === highlight || undefined}>
      {a.volunteerName}
      {a.noShow && ` (${t('roster.noShowShort')})`}
      {a.volunteerStatus === 'pauze' && !a.noShow && ` (${t('roster.onPauseShort')})`}
    </span>
  );
  return (
    <UnstyledButton className={classes.card} data-state={state} onClick={onOpen}>
      <Group gap={4} justify="space-between" wrap="nowrap" component="span">
        <Text span fw={700} size="sm">
          {timeRange(shift)}
        </Text>
        {shift.cancelled && (
          <Badge component="span" size="xs" color="gray" variant="light">
            {t('roster.cancelled')}
          </Badge>
        )}
      </Group>
      <Text span size="sm" fw={600} className={classes.title}>
        {shift.title}
      </Text>
      {shift.needs.map((n) => (
        <span key={n.roleId} className={classes.need}>
          <span className={classes.needLine}>
            <Text span size="xs" c="dimmed">
              {breakable(n.roleName)}
            </Text>
            <NeedBadge filled={n.filled} count={n.count} />
          </span>
          {shift.assignments.filter((a) => planned(a) && a.roleId === n.roleId).map(name)}
        </span>
      ))}
      {others.length > 0 && (
        <span className={classes.need}>
          <Text span size="xs" c="dimmed">
            {t('roster.otherRoles')}
          </Text>
          {others.map(name)}
        </span>
      )}
      {waiting > 0 && (
        <Text span size="xs" c="dimmed">
          {t('roster.waitingCount', { count: waiting })}
        </Text>
      )}
    </UnstyledButton>
  );
}
