import { Button, Group, NumberInput, SimpleGrid, Stack, Table, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconChecklist } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REACH_KEYS, accountabilityInput } from '../../../../../db/modules/budget/schemas';
import { call, type Input } from '../../../api/client';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { MoneyInput, centsToEuros, eurosToCents, type MoneyValue } from '../../../components/MoneyInput';
import { todayIso } from '../../../format';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import type { Application } from './applicationForm';
import { ReachFields } from './ReachFields';

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
type AccountFormType = UseFormReturnType<AccountValues>;

const n = (v: Count) => (v === '' ? 0 : Number(v));

/** The form starts from the budget per cost line and from what was paid, so only the differences need typing. */
function useAccountForm(a: Application, onSaved: () => void) {
  const { t } = useTranslation();
  return useApiForm<AccountValues, Input<'grants.account'>>({
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
}

/** The accountability report: actual costs per cost line, reach per priority group, evaluation and the part of the grant spent. */
export function AccountForm({ application: a, onSaved }: { application: Application; onSaved: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { form, handleSubmit, formError, submitting } = useAccountForm(a, onSaved);
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
        <ActualCostsTable application={a} form={form} />
        <ReachAndSpentFields form={form} />
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

/** Per cost line the budgeted and the actual amount, with both totals; an error about the whole list under it. */
function ActualCostsTable({ application: a, form }: { application: Application; form: AccountFormType }) {
  const { t } = useTranslation();
  const f = useFormat();
  const actualTotal = form.values.actualCosts.reduce((s, c) => s + (eurosToCents(c.actualCents) ?? 0), 0);
  return (
    <>
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
                {!l.reimbursable && <Text span size="xs" c="dimmed">{` (${t('applications.notReimbursable')})`}</Text>}
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
    </>
  );
}

/** Whom the activity reached, how often it ran, what was spent of the grant, and when this was reported. */
function ReachAndSpentFields({ form }: { form: AccountFormType }) {
  const { t } = useTranslation();
  return (
    <>
      <ReachFields label={t('applications.actualReach')} inputProps={(k) => form.getInputProps(`actualReach.${k}`)} />
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
    </>
  );
}
