import { Divider, Select, SimpleGrid, TagsInput, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { GEBIEDEN, GEBIED_NAMES, type Gebied } from '../../../../../db/modules/building/schemas';
import type { ProfileValues } from './useProfileForm';

type ProfileFormProps = { form: UseFormReturnType<ProfileValues> };

/** Where the house is: its address, its gebied (which names the welfare provider) and the wijken it serves. */
export function LocationFields({ form }: ProfileFormProps) {
  const { t } = useTranslation();
  const gebied = form.values.gebied as Gebied | null;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('building.street')} autoComplete="street-address" {...form.getInputProps('street')} />
        <TextInput
          label={t('building.postcode')}
          placeholder="3083 XK"
          autoComplete="postal-code"
          {...form.getInputProps('postcode')}
        />
        <TextInput label={t('building.city')} autoComplete="address-level2" {...form.getInputProps('city')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('building.gebied')}
          placeholder={t('building.gebiedPlaceholder')}
          data={GEBIED_NAMES}
          clearable
          searchable
          description={gebied ? t('building.providerOf', { provider: GEBIEDEN[gebied] }) : t('building.gebiedHelp')}
          {...form.getInputProps('gebied')}
        />
        <TagsInput
          label={t('building.wijken')}
          description={t('building.wijkenHelp')}
          clearable
          {...form.getInputProps('wijken')}
        />
      </SimpleGrid>
    </>
  );
}

/** On every invoice: where to pay, and the house's own closing words (see Facturen). */
export function InvoiceSenderFields({ form }: ProfileFormProps) {
  const { t } = useTranslation();
  return (
    <>
      <Divider label={t('invoiceSender.title')} labelPosition="left" mt="sm" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('invoiceSender.iban')}
          description={t('invoiceSender.ibanHelp')}
          placeholder="NL91 ABNA 0417 1643 00"
          autoComplete="off"
          {...form.getInputProps('iban')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('invoiceSender.kvkNumber')}
          description={t('invoiceSender.kvkHelp')}
          placeholder="12345678"
          inputMode="numeric"
          autoComplete="off"
          {...form.getInputProps('kvkNumber')}
        />
        <TextInput
          label={t('invoiceSender.vatNumber')}
          description={t('invoiceSender.vatHelp')}
          placeholder="NL123456789B01"
          autoComplete="off"
          {...form.getInputProps('vatNumber')}
        />
      </SimpleGrid>
      <Textarea
        label={t('invoiceSender.invoiceNote')}
        description={t('invoiceSender.invoiceNoteHelp')}
        autosize
        minRows={2}
        {...form.getInputProps('invoiceNote')}
      />
    </>
  );
}
