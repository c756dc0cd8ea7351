import { useState } from 'react';
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { WarningsConfirm } from '../../shared/WarningsConfirm';
import { clockOf, hasEnded } from '../../shared/time';
import type { Assignment, Shift } from '../../shared/types';
import { PlannedButtons, WaitlistButtons } from './AssignmentButtons';
import { NoShowModal } from './NoShowModal';
import { Replacements } from './Replacements';
import { TimesModal } from './TimesModal';
import { useAssignmentActions } from './useAssignmentActions';

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
      {a.volunteerStatus === 'pauze' && a.status === 'ingepland' && (
        <Badge size="sm" variant="light" color="orange">
          {t('roster.onPauseBadge')}
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
  const { busy, alert, act, planFromWaitlist, warnings, dismissWarnings } = useAssignmentActions(shift, a, onChanged);
  const [showCover, setShowCover] = useState(false);
  const [modal, setModal] = useState<'times' | 'noShow' | null>(null);
  const waiting = a.status === 'wachtlijst';
  const name = { name: a.volunteerName };

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
            <WaitlistButtons
              assignment={a}
              busy={busy}
              warned={warnings !== null}
              onPlan={() => void planFromWaitlist(false)}
              onRemove={() => void act('off', { status: 'afgemeld' }, t('roster.offWaitlist', name))}
            />
          ) : (
            <PlannedButtons
              assignment={a}
              ended={hasEnded(shift.end)}
              busy={busy}
              coverShown={showCover}
              onToggleCover={() => setShowCover((v) => !v)}
              onTimes={() => setModal('times')}
              onNoShow={() => setModal('noShow')}
              onCame={() => void act('came', { noShow: false, noShowReason: '' }, t('roster.cameAfterAll', name))}
              onSignOff={() => void act('off', { status: 'afgemeld' }, t('roster.signedOff', name))}
            />
          )}
        </Group>
        {alert}
        {waiting && warnings && (
          <WarningsConfirm
            warnings={warnings}
            confirmLabel={t('roster.assignAnyway')}
            busy={busy === 'plan'}
            onConfirm={() => void planFromWaitlist(true)}
            onCancel={dismissWarnings}
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
