import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCash, IconCheck, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PAYMENT_KINDS, paymentInput, paymentPaid } from '../../../../../db/modules/budget/schemas';
import { call, type Input } from '../../../api/client';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { FormModal } from '../../../components/FormModal';
import { MoneyInput, eurosToCents, type MoneyValue } from '../../../components/MoneyInput';
import { SectionCard } from '../../../components/SectionCard';
import { todayIso } from '../../../format';
import { useAction } from '../../../hooks/useAction';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import type { Application } from './applicationForm';

type Payment = Application['payments'][number];
const OPEN_FOR_PAYMENT = new Set(['toegekend', 'deels_toegekend', 'bevoorschot', 'verantwoord']);

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

/** A new instalment: planned with a due date, or paid with date and reference (a repayment only once received). */
function NewPayment({ application: a, onSaved }: { application: Application; onSaved: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const accounted = a.status === 'verantwoord';
  const { form, handleSubmit, formError, submitting } = useApiForm<PaymentValues, Input<'grants.addPayment'>>({
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
      const paid = v.state === 'betaald' || v.kind === 'terugbetaling';
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
      form.reset();
      onSaved();
    },
  });
  const paid = form.values.state === 'betaald' || form.values.kind === 'terugbetaling';
  return (
    <form onSubmit={handleSubmit} noValidate className="no-print">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('applications.newPayment')}
        </Text>
        <FormAlert message={formError} />
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

/** What may still be paid or planned: up to the grant, or after the accountability up to what was spent. */
function payableCents(a: Application): number {
  const m = a.money;
  return a.status === 'verantwoord'
    ? Math.max(0, (m.spentCents ?? 0) - m.paidCents - m.plannedCents)
    : m.unscheduledCents;
}

/** Payments on the grant: planned and paid instalments, mark paid, remove a planned one, and what is left to pay. */
export function Payments({ application: a, onSaved }: { application: Application; onSaved: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const action = useAction();
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
  const remove = (p: Payment) =>
    action.run(
      `del${p.id}`,
      async () => {
        await call('grants.removePayment', { id: p.id });
        onSaved();
      },
      t('applications.paymentRemoved'),
    );

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
          <Table aria-label={t('applications.payments')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('applications.paymentKind')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('applications.amount')}
                </Table.Th>
                <Table.Th scope="col">{t('applications.paymentState')}</Table.Th>
                <Table.Th scope="col">{t('applications.paymentReference')}</Table.Th>
                <Table.Th scope="col">
                  <span className="sr-only">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.payments.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{t(`applications.payKind.${p.kind}`)}</Table.Td>
                  <Table.Td ta="right">{f.money(p.amountCents)}</Table.Td>
                  <Table.Td>
                    {p.paidOn
                      ? t('applications.paidOn', { date: f.date(p.paidOn) })
                      : p.dueOn
                        ? t('applications.dueOn', { date: f.date(p.dueOn) })
                        : ''}
                  </Table.Td>
                  <Table.Td>{[p.reference, p.note].filter(Boolean).join(' · ')}</Table.Td>
                  <Table.Td>
                    {!p.paidOn && open && (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconCheck size={16} aria-hidden />}
                          onClick={() => setPaying(p)}
                        >
                          {t('applications.markPaid')}
                        </Button>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('applications.removePayment', { amount: f.money(p.amountCents) })}
                          loading={action.busy === `del${p.id}`}
                          onClick={() => remove(p)}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {open && <NewPayment key={`${a.status}-${a.payments.length}`} application={a} onSaved={onSaved} />}
      </Stack>
      {paying && <MarkPaidModal payment={paying} onClose={() => setPaying(null)} onSaved={onSaved} />}
    </SectionCard>
  );
}
