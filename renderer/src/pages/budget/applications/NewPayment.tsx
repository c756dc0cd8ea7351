import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconCash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PAYMENT_KINDS, paymentInput } from '../../../../../db/modules/budget/schemas';
import { call, type Input } from '../../../api/client';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { MoneyInput, eurosToCents, type MoneyValue } from '../../../components/MoneyInput';
import { todayIso } from '../../../format';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import type { Application } from './applicationForm';

interface PaymentValues {
  kind: (typeof PAYMENT_KINDS)[number];
  /** Euros as typed, under the method's key so the core's error lands here. */
  amountCents: MoneyValue;
  state: 'gepland' | 'betaald';
  dueOn: string;
  paidOn: string;
  reference: string;
  note: string;
}

/** A repayment is recorded once received, so it is paid by nature. */
const isPaid = (v: PaymentValues) => v.state === 'betaald' || v.kind === 'terugbetaling';

/** What may still be paid or planned: up to the grant, or after the accountability up to what was spent. */
function payableCents(a: Application): number {
  const m = a.money;
  return a.status === 'verantwoord'
    ? Math.max(0, (m.spentCents ?? 0) - m.paidCents - m.plannedCents)
    : m.unscheduledCents;
}

function useNewPaymentForm(a: Application, onSaved: () => void) {
  const { t } = useTranslation();
  const api = useApiForm<PaymentValues, Input<'grants.addPayment'>>({
    initialValues: {
      kind: a.money.paidCents === 0 ? 'voorschot' : 'betaling',
      amountCents: '',
      state: 'gepland',
      dueOn: todayIso(),
      paidOn: todayIso(),
      reference: '',
      note: '',
    },
    schema: paymentInput,
    toInput: (v) => {
      const paid = isPaid(v);
      return {
        applicationId: a.id,
        kind: v.kind,
        amountCents: eurosToCents(v.amountCents) as number,
        dueOn: paid ? null : v.dueOn || null,
        paidOn: paid ? v.paidOn || null : null,
        reference: paid ? v.reference : '',
        note: v.note,
      };
    },
    submit: (input) => call('grants.addPayment', input),
    successMessage: t('applications.paymentAdded'),
    onSuccess: () => {
      api.form.reset();
      onSaved();
    },
  });
  return api;
}

/** A new instalment: planned with a due date, or paid with date and reference (a repayment only once received). */
export function NewPayment({ application: a, onSaved }: { application: Application; onSaved: () => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useNewPaymentForm(a, onSaved);
  const paid = isPaid(form.values);
  return (
    <form onSubmit={handleSubmit} noValidate className="no-print">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('applications.newPayment')}
        </Text>
        <FormAlert message={formError} />
        <PaymentKindFields application={a} form={form} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {paid ? (
            <>
              <DateField
                label={t('applications.paidOnLabel')}
                withAsterisk
                clearable={false}
                {...form.getInputProps('paidOn')}
              />
              <TextInput label={t('applications.paymentReference')} withAsterisk {...form.getInputProps('reference')} />
            </>
          ) : (
            <DateField
              label={t('applications.dueOnLabel')}
              withAsterisk
              clearable={false}
              {...form.getInputProps('dueOn')}
            />
          )}
          <TextInput label={t('applications.paymentNote')} {...form.getInputProps('note')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={submitting} leftSection={<IconCash size={18} aria-hidden />}>
            {paid ? t('applications.recordPayment') : t('applications.planPayment')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Kind and amount, and whether it is paid now or planned; a repayment only after the accountability. */
function PaymentKindFields({
  application: a,
  form,
}: {
  application: Application;
  form: UseFormReturnType<PaymentValues>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const accounted = a.status === 'verantwoord';
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Select
        label={t('applications.paymentKind')}
        allowDeselect={false}
        data={PAYMENT_KINDS.filter((k) => accounted || k !== 'terugbetaling').map((k) => ({
          value: k,
          label: t(`applications.payKind.${k}`),
        }))}
        {...form.getInputProps('kind')}
      />
      <MoneyInput
        label={t('applications.amount')}
        withAsterisk
        description={t('applications.canStillPay', { amount: f.money(payableCents(a)) })}
        {...form.getInputProps('amountCents')}
      />
      {form.values.kind !== 'terugbetaling' && (
        <div>
          <Text size="sm" fw={500} mb={4} id={`pay-state-${a.id}`}>
            {t('applications.paymentState')}
          </Text>
          <SegmentedControl
            aria-labelledby={`pay-state-${a.id}`}
            data={[
              { value: 'gepland', label: t('applications.planned') },
              { value: 'betaald', label: t('applications.paidNow') },
            ]}
            {...form.getInputProps('state')}
          />
        </div>
      )}
    </SimpleGrid>
  );
}
