import { Button, Group, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { IconChecklist, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REACH_KEYS, accountabilityInput, closeInput } from '../../../../../db/modules/budget/schemas';
import { call, type Input } from '../../../api/client';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { InfoList } from '../../../components/InfoList';
import { MoneyInput, centsToEuros, eurosToCents, type MoneyValue } from '../../../components/MoneyInput';
import { SectionCard } from '../../../components/SectionCard';
import { todayIso } from '../../../format';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import type { Application } from './applicationForm';

type Count = number | string;
interface AccountValues {
  accountedOn: string;
  /** Euros as typed, under the method's keys so 'actualCosts.1.actualCents' lands on its input. */
  actualCosts: { costLineId: number; actualCents: MoneyValue }[];
  actualReach: Record<(typeof REACH_KEYS)[number], Count>;
  actualParticipants: Count;
  meetingsHeld: Count;
  evaluation: string;
  spentCents: MoneyValue;
}

const n = (v: Count) => (v === '' ? 0 : Number(v));

/** The accountability report: actual costs per cost line, reach per priority group, evaluation and the part of the grant spent. */
function AccountForm({ application: a, onSaved }: { application: Application; onSaved: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { form, handleSubmit, formError, submitting } = useApiForm<AccountValues, Input<'grants.account'>>({
    initialValues: {
      accountedOn: todayIso(),
      actualCosts: a.costLines.map((l) => ({
        costLineId: l.id,
        actualCents: centsToEuros(l.actualCents ?? l.amountCents),
      })),
      actualReach: { jeugd: 0, ouderen: 0, kwetsbare_bewoners: 0, overig: 0 },
      actualParticipants: '',
      meetingsHeld: '',
      evaluation: '',
      spentCents: centsToEuros(a.money.paidCents),
    },
    schema: accountabilityInput,
    toInput: (v) => ({
      applicationId: a.id,
      accountedOn: v.accountedOn,
      actualCosts: v.actualCosts.map((c) => ({
        costLineId: c.costLineId,
        actualCents: eurosToCents(c.actualCents) as number,
      })),
      actualReach: {
        jeugd: n(v.actualReach.jeugd),
        ouderen: n(v.actualReach.ouderen),
        kwetsbare_bewoners: n(v.actualReach.kwetsbare_bewoners),
        overig: n(v.actualReach.overig),
      },
      actualParticipants: v.actualParticipants === '' ? null : Number(v.actualParticipants),
      meetingsHeld: v.meetingsHeld === '' ? null : Number(v.meetingsHeld),
      evaluation: v.evaluation,
      spentCents: eurosToCents(v.spentCents) as number,
    }),
    submit: (input) => call('grants.account', input),
    successMessage: t('applications.accounted'),
    onSuccess: onSaved,
  });
  const actualTotal = form.values.actualCosts.reduce((s, c) => s + (eurosToCents(c.actualCents) ?? 0), 0);
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('applications.accountIntro', {
            granted: f.money(a.money.committedCents),
            paid: f.money(a.money.paidCents),
          })}
        </Text>
        <FormAlert message={formError} />
        <Table aria-label={t('applications.actualCosts')} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('applications.costLine')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('applications.budgeted')}
              </Table.Th>
              <Table.Th scope="col" w={190}>
                {t('applications.actual')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.costLines.map((l, i) => (
              <Table.Tr key={l.id}>
                <Table.Td>
                  {l.description}
                  {!l.reimbursable && (
                    <Text span size="xs" c="dimmed">{` (${t('applications.notReimbursable')})`}</Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{f.money(l.amountCents)}</Table.Td>
                <Table.Td>
                  <MoneyInput
                    aria-label={t('applications.actualFor', { line: l.description })}
                    {...form.getInputProps(`actualCosts.${i}.actualCents`)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Td>{t('applications.totalCosts')}</Table.Td>
              <Table.Td ta="right">{f.money(a.totals.costsCents)}</Table.Td>
              <Table.Td ta="right">{f.money(actualTotal)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {form.errors.actualCosts && (
          <Text c="red" size="sm" role="alert">
            {form.errors.actualCosts}
          </Text>
        )}
        <Text size="sm" fw={500}>
          {t('applications.actualReach')}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {REACH_KEYS.map((k) => (
            <NumberInput
              key={k}
              min={0}
              allowDecimal={false}
              label={t(`applications.reach.${k}`)}
              {...form.getInputProps(`actualReach.${k}`)}
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <NumberInput
            min={0}
            allowDecimal={false}
            label={t('applications.actualParticipants')}
            {...form.getInputProps('actualParticipants')}
          />
          <NumberInput
            min={0}
            allowDecimal={false}
            label={t('applications.meetingsHeld')}
            {...form.getInputProps('meetingsHeld')}
          />
          <MoneyInput
            label={t('applications.spent')}
            description={t('applications.spentHelp')}
            withAsterisk
            {...form.getInputProps('spentCents')}
          />
          <DateField
            label={t('applications.accountedOn')}
            withAsterisk
            clearable={false}
            {...form.getInputProps('accountedOn')}
          />
        </SimpleGrid>
        <Textarea
          label={t('applications.evaluation')}
          withAsterisk
          autosize
          minRows={3}
          {...form.getInputProps('evaluation')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={submitting} leftSection={<IconChecklist size={18} aria-hidden />}>
            {t('applications.saveAccount')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

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
