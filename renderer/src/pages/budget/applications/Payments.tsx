import { useState } from 'react';
import { Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { paymentPaid } from '../../../../../db/modules/budget/schemas';
import { call, type Input } from '../../../api/client';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { SectionCard } from '../../../components/SectionCard';
import { todayIso } from '../../../format';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import type { Application } from './applicationForm';
import { NewPayment } from './NewPayment';
import { PaymentTable, type Payment } from './PaymentTable';

const OPEN_FOR_PAYMENT = new Set(['toegekend', 'deels_toegekend', 'bevoorschot', 'verantwoord']);

function MarkPaidModal({ payment, onClose, onSaved }: { payment: Payment; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { form, handleSubmit, formError, submitting } = useApiForm<
    { paidOn: string; reference: string },
    Input<'grants.markPaid'>
  >({
    initialValues: { paidOn: todayIso(), reference: '' },
    schema: paymentPaid,
    toInput: (v) => ({ id: payment.id, ...v }),
    submit: (input) => call('grants.markPaid', input),
    successMessage: t('applications.paymentMarked'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('applications.markPaidTitle', { amount: f.money(payment.amountCents) })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={t('applications.markPaid')}
      size="md"
    >
      <DateField
        label={t('applications.paidOnLabel')}
        withAsterisk
        clearable={false}
        data-autofocus
        {...form.getInputProps('paidOn')}
      />
      <TextInput
        label={t('applications.paymentReference')}
        description={t('applications.paymentReferenceHelp')}
        withAsterisk
        {...form.getInputProps('reference')}
      />
    </FormModal>
  );
}

/** Payments on the grant: planned and paid instalments, mark paid, remove a planned one, and what is left to pay. */
export function Payments({ application: a, onSaved }: { application: Application; onSaved: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [paying, setPaying] = useState<Payment | null>(null);
  const open = OPEN_FOR_PAYMENT.has(a.status);
  const m = a.money;
  const summary: [string, number][] = [
    [t('budget.ledger.granted'), m.grantedCents],
    [t('budget.ledger.released'), m.releasedCents],
    [t('budget.ledger.paid'), m.paidCents],
    [t('applications.plannedSum'), m.plannedCents],
    [t('applications.unscheduled'), m.unscheduledCents],
  ];

  return (
    <SectionCard title={t('applications.payments')} icon={<IconCash aria-hidden />}>
      <Stack gap="md">
        <Group gap="xl" wrap="wrap" data-testid="grant-money">
          {summary.map(([label, cents]) => (
            <div key={label}>
              <Text size="xs" c="dimmed">
                {label}
              </Text>
              <Text fw={600}>{f.money(cents)}</Text>
            </div>
          ))}
        </Group>
        {a.payments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('applications.noPayments')}
          </Text>
        ) : (
          <PaymentTable payments={a.payments} open={open} onPay={setPaying} onSaved={onSaved} />
        )}
        {open && <NewPayment key={`${a.status}-${a.payments.length}`} application={a} onSaved={onSaved} />}
      </Stack>
      {paying && <MarkPaidModal payment={paying} onClose={() => setPaying(null)} onSaved={onSaved} />}
    </SectionCard>
  );
}
