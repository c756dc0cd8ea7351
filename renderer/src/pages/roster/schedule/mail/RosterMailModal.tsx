import { useState } from 'react';
import { Button, Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../../api/client';
import { rangeInput } from '../../../../../../db/modules/roster/schemas';
import { safeParseIn } from '../../../../../../db/contract/zod';
import { callLanguage } from '../../../../i18n/current';
import { DateField } from '../../../../components/DateField';
import { FormAlert } from '../../../../components/FormAlert';
import { GuardedModal } from '../../../../components/GuardedModal';
import { QueryState } from '../../../../components/QueryState';
import { todayIso } from '../../../../format';
import { useAction } from '../../../../hooks/useAction';
import { useApi } from '../../../../hooks/useApi';
import { useFormat } from '../../../../hooks/useFormat';
import { notifySuccess } from '../../../../notify';
import { RecipientList } from '../../../mail/group/RecipientList';
import { periodOf, type Period, type RosterPeriod } from './rosterPeriods';

/** Next week, next month, or two dates of one's own; the chosen period written out. */
function PeriodChoice({
  kind,
  onKind,
  own,
  onOwn,
  period,
  error,
}: {
  kind: RosterPeriod;
  onKind: (kind: RosterPeriod) => void;
  own: Period;
  onOwn: (update: (p: Period) => Period) => void;
  period: Period;
  error: string | null | undefined;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <SegmentedControl
        aria-label={t('roster.mail.period')}
        value={kind}
        onChange={(v) => onKind(v as RosterPeriod)}
        data={[
          { value: 'week', label: t('roster.mail.nextWeek') },
          { value: 'maand', label: t('roster.mail.nextMonth') },
          { value: 'anders', label: t('roster.mail.otherPeriod') },
        ]}
      />
      {kind === 'anders' ? (
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DateField
            label={t('roster.mail.from')}
            value={own.from}
            onChange={(from) => onOwn((p) => ({ ...p, from }))}
          />
          <DateField
            label={t('roster.mail.to')}
            value={own.to}
            error={error}
            onChange={(to) => onOwn((p) => ({ ...p, to }))}
          />
        </SimpleGrid>
      ) : (
        <Text fw={600}>{f.dateRange(period.from, period.to)}</Text>
      )}
    </>
  );
}

/**
 * "Rooster mailen": the coördinator picks a period, sees who will get their shifts (and who has no address), and
 * sends; each volunteer gets their own message with a calendar file of their shifts.
 */
export function RosterMailModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<RosterPeriod>('week');
  const [own, setOwn] = useState(() => periodOf('week', todayIso()));
  const period = kind === 'anders' ? own : periodOf(kind, todayIso());
  const valid = safeParseIn(rangeInput, period, callLanguage());
  const preview = useApi('mail.rosterPreview', period, { enabled: valid.success });
  const action = useAction();
  const fieldError = valid.success ? null : valid.error.issues[0]?.message;

  async function send() {
    const result = await action.run('send', () => call('mail.rosterSend', period));
    if (!result) return;
    notifySuccess(t('roster.mail.sent', { count: result.queued }));
    onClose();
  }

  return (
    <GuardedModal opened onClose={onClose} title={t('roster.mail.title')} size="lg">
      <Stack gap="md">
        <Text size="sm">{t('roster.mail.intro')}</Text>
        <PeriodChoice kind={kind} onKind={setKind} own={own} onOwn={setOwn} period={period} error={fieldError} />
        {valid.success && (
          <QueryState query={preview}>
            {(rows) => (
              <RecipientList
                label={t('roster.mail.recipients')}
                detailHeader={t('roster.mail.shifts')}
                rows={rows.map((r) => ({
                  key: r.volunteerId,
                  name: r.name,
                  email: r.email,
                  skipped: r.hasAddress ? null : 'geen_adres',
                  detail: r.shifts,
                }))}
              />
            )}
          </QueryState>
        )}
        <FormAlert message={action.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            leftSection={<IconSend size={18} aria-hidden />}
            loading={action.busy === 'send'}
            disabled={!valid.success || !preview.data?.some((r) => r.hasAddress)}
            onClick={() => void send()}
          >
            {t('roster.mail.send')}
          </Button>
        </Group>
      </Stack>
    </GuardedModal>
  );
}
