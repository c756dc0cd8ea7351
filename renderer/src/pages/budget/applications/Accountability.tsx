import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconChecklist, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REACH_KEYS, closeInput } from '../../../../../db/modules/budget/schemas';
import { call, type Input } from '../../../api/client';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { InfoList } from '../../../components/InfoList';
import { SectionCard } from '../../../components/SectionCard';
import { todayIso } from '../../../format';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import { AccountForm } from './AccountForm';
import type { Application } from './applicationForm';

/** Closing settles paid against spent; what was granted and not spent goes back to the round. */
function CloseForm({ application: a, onSaved }: { application: Application; onSaved: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { form, handleSubmit, formError, submitting } = useApiForm<
    { closedOn: string; note: string },
    Input<'grants.close'>
  >({
    initialValues: { closedOn: todayIso(), note: '' },
    schema: closeInput,
    toInput: (v) => ({ applicationId: a.id, ...v }),
    submit: (input) => call('grants.close', input),
    successMessage: t('applications.closed'),
    onSuccess: onSaved,
  });
  const released = a.money.grantedCents - (a.money.spentCents ?? 0);
  return (
    <form onSubmit={handleSubmit} noValidate className="no-print">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('applications.closeTitle')}
        </Text>
        <Text size="sm">{t('applications.closeIntro', { released: f.money(released) })}</Text>
        <FormAlert message={formError} />
        <Group align="flex-end" wrap="wrap">
          <DateField label={t('applications.closedOn')} clearable={false} {...form.getInputProps('closedOn')} />
          <TextInput
            style={{ flex: 1, minWidth: 220 }}
            label={t('applications.closeNote')}
            {...form.getInputProps('note')}
          />
          <Button type="submit" loading={submitting} leftSection={<IconLock size={18} aria-hidden />}>
            {t('applications.close')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Accountability and closing of a paid grant; once recorded, the report itself. */
export function Accountability({ application: a, onSaved }: { application: Application; onSaved: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const recorded = a.accountedOn !== null;
  return (
    <SectionCard title={t('applications.accountability')} icon={<IconChecklist aria-hidden />}>
      {!recorded ? (
        <AccountForm key={a.money.paidCents} application={a} onSaved={onSaved} />
      ) : (
        <Stack gap="md">
          <InfoList
            items={[
              { label: t('applications.accountedOn'), value: f.date(a.accountedOn!) },
              {
                label: t('applications.actualCosts'),
                value: a.costLines
                  .map(
                    (l) =>
                      `${l.description}: ${f.money(l.actualCents ?? 0)} (${t('applications.budgeted').toLowerCase()} ${f.money(l.amountCents)})`,
                  )
                  .join('; '),
              },
              {
                label: t('applications.actualReach'),
                value: REACH_KEYS.map((k) => `${t(`applications.reach.${k}`)} ${a.actualReach[k] ?? 0}`).join(', '),
              },
              {
                label: t('applications.actualParticipants'),
                value: a.actualParticipants === null ? '' : String(a.actualParticipants),
              },
              { label: t('applications.meetingsHeld'), value: a.meetingsHeld === null ? '' : String(a.meetingsHeld) },
              { label: t('applications.spent'), value: f.money(a.money.spentCents ?? 0) },
              { label: t('applications.evaluation'), value: a.evaluation },
              ...(a.closedOn
                ? [
                    {
                      label: t('applications.closedOn'),
                      value: `${f.date(a.closedOn)}${a.closeNote ? ` · ${a.closeNote}` : ''}`,
                    },
                    { label: t('budget.ledger.released'), value: f.money(a.money.releasedCents) },
                  ]
                : []),
            ]}
          />
          {a.status === 'verantwoord' && <CloseForm application={a} onSaved={onSaved} />}
        </Stack>
      )}
    </SectionCard>
  );
}
