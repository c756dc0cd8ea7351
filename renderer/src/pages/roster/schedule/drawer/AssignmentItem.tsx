import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconClockEdit, IconUserMinus, IconUserQuestion, IconUserX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../../hooks/useAction';
import { notifySuccess } from '../../../../notify';
import { WarningsConfirm, warningsOf } from '../../shared/WarningsConfirm';
import { clockOf, hasEnded } from '../../shared/time';
import type { Assignment, Shift } from '../../shared/types';
import { updateAssignment } from './assignments';
import { NoShowModal } from './NoShowModal';
import { Replacements } from './Replacements';
import { TimesModal } from './TimesModal';

/** What happened beyond the plan, in words next to the name. */
function Remarks({ a }: { a: Assignment }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {a.status === 'wachtlijst' && (
        <Badge size="sm" variant="light" color="gray">
          {t('roster.waitlist')}
        </Badge>
      )}
      {a.noShow && (
        <Badge size="sm" variant="light" color="red">
          {t('roster.noShowBadge', { reason: a.noShowReason })}
        </Badge>
      )}
      {(a.actualStart || a.actualEnd) && (
        <Badge size="sm" variant="light" color="yellow">
          {t('roster.actualTimes', {
            start: a.actualStart ? clockOf(a.actualStart) : '…',
            end: a.actualEnd ? clockOf(a.actualEnd) : '…',
          })}
        </Badge>
      )}
    </Group>
  );
}

/** One person on the shift with what the coordinator can do about them: find cover, correct times, no-show, sign off. */
export function AssignmentItem({
  shift,
  assignment: a,
  onChanged,
}: {
  shift: Shift;
  assignment: Assignment;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [showCover, setShowCover] = useState(false);
  const [modal, setModal] = useState<'times' | 'noShow' | null>(null);
  const ended = hasEnded(shift.end);
  const waiting = a.status === 'wachtlijst';
  const name = { name: a.volunteerName };
  const [warnings, setWarnings] = useState<string[] | null>(null);
  const act = (key: string, patch: Parameters<typeof updateAssignment>[1], message: string) =>
    run(
      key,
      async () => {
        await updateAssignment(a, patch);
        onChanged();
      },
      message,
    );
  // From the waiting list onto the shift: the core warns as for a new assignment (full, double booked, no VOG …).
  const planFromWaitlist = async (confirmWarnings: boolean) => {
    const planned = await run('plan', async () => {
      try {
        await updateAssignment(a, { status: 'ingepland', confirmWarnings });
      } catch (error) {
        const found = warningsOf(error);
        if (!found) throw error;
        setWarnings(found);
        return false;
      }
      setWarnings(null);
      onChanged();
      return true;
    });
    if (planned) notifySuccess(t('roster.assigned', { name: a.volunteerName, shift: shift.title }));
  };

  return (
    <Paper withBorder p="xs" radius="sm">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <div>
            <Anchor component={Link} to={`/vrijwilligers/${a.volunteerId}`} fw={600} size="sm">
              {a.volunteerName}
            </Anchor>
            {a.phone && (
              <Text size="xs" c="dimmed">
                {a.phone}
              </Text>
            )}
          </div>
          <Remarks a={a} />
        </Group>
        <Group gap={6}>
          {waiting ? (
            <>
              <Button
                size="compact-xs"
                variant="light"
                loading={busy === 'plan'}
                disabled={warnings !== null}
                onClick={() => void planFromWaitlist(false)}
                aria-label={t('roster.planFromWaitlist', name)}
              >
                {t('roster.assign')}
              </Button>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                loading={busy === 'off'}
                onClick={() => void act('off', { status: 'afgemeld' }, t('roster.offWaitlist', name))}
                aria-label={t('roster.removeFromWaitlist', name)}
              >
                {t('roster.remove')}
              </Button>
            </>
          ) : (
            <>
              <Button
                size="compact-xs"
                variant={showCover ? 'filled' : 'light'}
                leftSection={<IconUserQuestion size={14} aria-hidden />}
                onClick={() => setShowCover((v) => !v)}
                aria-expanded={showCover}
                aria-label={t('roster.whoCanReplaceOne', name)}
              >
                {t('roster.whoCanReplace')}
              </Button>
              <Button
                size="compact-xs"
                variant="default"
                leftSection={<IconClockEdit size={14} aria-hidden />}
                onClick={() => setModal('times')}
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
                    onClick={() =>
                      void act('came', { noShow: false, noShowReason: '' }, t('roster.cameAfterAll', name))
                    }
                    aria-label={t('roster.cameAfterAllOne', name)}
                  >
                    {t('roster.cameAfterAllButton')}
                  </Button>
                ) : (
                  <Button
                    size="compact-xs"
                    variant="default"
                    leftSection={<IconUserX size={14} aria-hidden />}
                    onClick={() => setModal('noShow')}
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
                onClick={() => void act('off', { status: 'afgemeld' }, t('roster.signedOff', name))}
                aria-label={t('roster.signOffOne', name)}
              >
                {t('roster.signOff')}
              </Button>
            </>
          )}
        </Group>
        {waiting && warnings && (
          <WarningsConfirm
            warnings={warnings}
            confirmLabel={t('roster.assignAnyway')}
            busy={busy === 'plan'}
            onConfirm={() => void planFromWaitlist(true)}
            onCancel={() => setWarnings(null)}
          />
        )}
        {showCover && <Replacements shift={shift} assignment={a} onPlanned={onChanged} />}
      </Stack>
      {modal === 'times' && (
        <TimesModal shift={shift} assignment={a} onClose={() => setModal(null)} onSaved={onChanged} />
      )}
      {modal === 'noShow' && <NoShowModal assignment={a} onClose={() => setModal(null)} onSaved={onChanged} />}
    </Paper>
  );
}
