import { ActionIcon, Button, Group, Table } from '@mantine/core';
import { IconCheck, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/useAction';
import { useFormat } from '../../../hooks/useFormat';
import { usePaymentDateText } from '../shared/paymentDate';
import type { Application } from './applicationForm';

export type Payment = Application['payments'][number];

/** The instalments; while the grant is open, a planned one can be marked paid or removed. */
export function PaymentTable({
  payments,
  open,
  onPay,
  onSaved,
}: {
  payments: Payment[];
  open: boolean;
  onPay: (payment: Payment) => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const paymentDate = usePaymentDateText();
  const action = useAction();
  const remove = (p: Payment) =>
    action.run(
      `del${p.id}`,
      async () => {
        await call('grants.removePayment', { id: p.id });
        onSaved();
      },
      t('applications.paymentRemoved'),
    );
  // A refused removal or download shows under the table, where the user clicked.
  return (
    <>
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
          {payments.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{t(`applications.payKind.${p.kind}`)}</Table.Td>
              <Table.Td ta="right">{f.money(p.amountCents)}</Table.Td>
              <Table.Td>{paymentDate(p)}</Table.Td>
              <Table.Td>{[p.reference, p.note].filter(Boolean).join(' · ')}</Table.Td>
              <Table.Td>
                {!p.paidOn && open && (
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconCheck size={16} aria-hidden />}
                      onClick={() => onPay(p)}
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
      {action.alert}
    </>
  );
}
