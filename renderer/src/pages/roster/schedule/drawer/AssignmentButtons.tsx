import { Button } from '@mantine/core';
import { IconClockEdit, IconUserMinus, IconUserQuestion, IconUserX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Assignment } from '../../shared/types';

/** For someone on the waiting list: onto the shift, or off the list. */
export function WaitlistButtons({
  assignment: a,
  busy,
  warned,
  onPlan,
  onRemove,
}: {
  assignment: Assignment;
  busy: string | null;
  /** Warnings about planning them are on screen: they are answered there, not by planning again. */
  warned: boolean;
  onPlan: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const name = { name: a.volunteerName };
  return (
    <>
      <Button
        size="compact-xs"
        variant="light"
        loading={busy === 'plan'}
        disabled={warned}
        onClick={onPlan}
        aria-label={t('roster.planFromWaitlist', name)}
      >
        {t('roster.assign')}
      </Button>
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        loading={busy === 'off'}
        onClick={onRemove}
        aria-label={t('roster.removeFromWaitlist', name)}
      >
        {t('roster.remove')}
      </Button>
    </>
  );
}

/**
 * For someone planned: find cover, correct the times, and sign them off. Once the shift has ended,
 * a no-show can be noted, or taken back when they came after all.
 */
export function PlannedButtons({
  assignment: a,
  ended,
  busy,
  coverShown,
  onToggleCover,
  onTimes,
  onNoShow,
  onCame,
  onSignOff,
}: {
  assignment: Assignment;
  ended: boolean;
  busy: string | null;
  coverShown: boolean;
  onToggleCover: () => void;
  onTimes: () => void;
  onNoShow: () => void;
  onCame: () => void;
  onSignOff: () => void;
}) {
  const { t } = useTranslation();
  const name = { name: a.volunteerName };
  return (
    <>
      <Button
        size="compact-xs"
        variant={coverShown ? 'filled' : 'light'}
        leftSection={<IconUserQuestion size={14} aria-hidden />}
        onClick={onToggleCover}
        aria-expanded={coverShown}
        aria-label={t('roster.whoCanReplaceOne', name)}
      >
        {t('roster.whoCanReplace')}
      </Button>
      <Button
        size="compact-xs"
        variant="default"
        leftSection={<IconClockEdit size={14} aria-hidden />}
        onClick={onTimes}
        aria-label={t('roster.correctTimesOne', name)}
      >
        {t('roster.correctTimes')}
      </Button>
      {ended &&
        (a.noShow ? (
          <Button
            size="compact-xs"
            variant="default"
            loading={busy === 'came'}
            onClick={onCame}
            aria-label={t('roster.cameAfterAllOne', name)}
          >
            {t('roster.cameAfterAllButton')}
          </Button>
        ) : (
          <Button
            size="compact-xs"
            variant="default"
            leftSection={<IconUserX size={14} aria-hidden />}
            onClick={onNoShow}
            aria-label={t('roster.noShowOne', name)}
          >
            {t('roster.noShow')}
          </Button>
        ))}
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        leftSection={<IconUserMinus size={14} aria-hidden />}
        loading={busy === 'off'}
        onClick={onSignOff}
        aria-label={t('roster.signOffOne', name)}
      >
        {t('roster.signOff')}
      </Button>
    </>
  );
}
