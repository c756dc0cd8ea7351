import { Checkbox, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { RENTER_TYPES } from '../../../../../db/modules/bookings/schemas';
import { FormModal } from '../../../components/FormModal';
import type { Renter } from './renterForm';
import { useRenterForm } from './useRenterForm';
import { MailChoicesFields } from '../../mail/choices/MailChoicesFields';
import { useMailChoices } from '../../mail/choices/useMailChoices';

type Category = Output<'tariffs.categories'>[number];

/** Add (renter undefined) or edit a renter. Mounted per opening, so it starts from the right values. */
export function RenterModal({
  renter,
  categories,
  onClose,
  onSaved,
}: {
  renter?: Renter;
  categories: Category[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const mailChoices = useMailChoices('huurder', renter?.id);
  const { form, handleSubmit, formError, submitting } = useRenterForm(renter, onSaved, onClose, mailChoices.save);

  // An inactive category cannot be chosen for new renters, but a renter that has one keeps it visible.
  const categoryOptions = categories
    .filter((c) => c.active || String(c.id) === form.values.tariffCategoryId)
    .map((c) => ({ value: String(c.id), label: c.free ? t('renters.categoryFree', { name: c.name }) : c.name }));

  return (
    <FormModal
      opened
      onClose={onClose}
      title={renter ? t('renters.editTitle', { name: renter.name }) : t('renters.add')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={renter ? t('common.save') : t('renters.addSubmit')}
    >
      <TextInput
        label={t('renters.name')}
        description={t('renters.nameHelp')}
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('renters.type')}
          placeholder={t('renters.typePlaceholder')}
          required
          data={RENTER_TYPES.map((type) => ({ value: type, label: t(`renters.types.${type}`) }))}
          {...form.getInputProps('type')}
        />
        <Select
          label={t('renters.category')}
          placeholder={t('renters.categoryPlaceholder')}
          description={t('renters.categoryHelp')}
          required
          data={categoryOptions}
          {...form.getInputProps('tariffCategoryId')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <TextInput label={t('renters.contactPerson')} autoComplete="off" {...form.getInputProps('contactPerson')} />
        <TextInput label={t('renters.phone')} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
        <TextInput label={t('renters.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
      </SimpleGrid>
      <Textarea
        label={t('renters.invoiceAddress')}
        description={t('renters.invoiceAddressHelp')}
        autosize
        minRows={3}
        {...form.getInputProps('invoiceAddress')}
      />
      <Checkbox
        label={t('renters.keyRights')}
        description={t('renters.keyRightsHelp')}
        {...form.getInputProps('keyRights', { type: 'checkbox' })}
      />
      <MailChoicesFields choices={mailChoices} />
      <Textarea label={t('renters.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
