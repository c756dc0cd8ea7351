import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { invoiceCreate } from '../../../../../db/modules/bookings/schemas';
import { useApi } from '../../../hooks/useApi';
import { useApiForm } from '../../../hooks/useApiForm';
import type { RenterChoice } from '../renters/RenterSelect';
import { todayIso } from '../../../format';
import { monthOf } from '../../../periods';

interface Values {
  renterId: string | null;
  from: string;
  to: string;
  dueDays: number | string;
}

const toInput = (v: Values): Input<'invoices.create'> => ({
  renterId: (v.renterId ? Number(v.renterId) : undefined) as number,
  from: v.from,
  to: v.to,
  dueDays: v.dueDays === '' ? undefined : Number(v.dueDays),
});

/**
 * The new invoice's form and, once renter and period are valid, the lines it would get (invoices.candidates);
 * after creating, the invoice itself is opened.
 */
export function useNewInvoice(onSaved: () => void, onClose: () => void) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = todayIso();
  // The renter picker searches the core and tells which renter is chosen (its tariff category).
  const [chosen, setChosen] = useState<RenterChoice | null>(null);
  const categories = useApi('tariffs.categories', {});
  // Default: everything from the start of last month up to today that is not invoiced yet.
  const apiForm = useApiForm<Values, Input<'invoices.create'>, Output<'invoices.create'>>({
    initialValues: { renterId: null, from: monthOf(today, -1).from, to: today, dueDays: 30 },
    schema: invoiceCreate,
    toInput,
    check: (v) => (v.renterId ? {} : { renterId: t('invoices.renterRequired') }),
    submit: (input) => call('invoices.create', input),
    successMessage: t('invoices.created'),
    onSuccess: (created) => {
      onSaved();
      onClose();
      void navigate(`/facturen/${created.invoice.id}`);
    },
  });
  const { form } = apiForm;
  const input = toInput(form.values);
  const complete = form.values.renterId !== null && invoiceCreate.safeParse(input).success;
  const candidates = useApi('invoices.candidates', input, { enabled: complete });
  const renter = chosen !== null && String(chosen.id) === form.values.renterId ? chosen : undefined;
  const free = categories.data?.find((c) => c.id === renter?.tariffCategoryId)?.free ?? false;
  return { ...apiForm, today, onRenter: setChosen, candidates, complete, renter, free };
}
