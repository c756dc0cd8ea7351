import { Group, Radio, Select, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { VAT_PERCENTAGES } from '../../../../../db/modules/bookings/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { MoneyInput } from '../../../components/MoneyInput';
import { ALL_ROOMS, type Category, type Tariff } from './tariffForm';
import { useTariffForm } from './useTariffForm';

type Room = Output<'rooms.list'>[number];

interface TariffModalProps {
  tariff?: Tariff;
  /** The category to start with when adding from a category's own section. */
  categoryId?: number | null;
  categories: Category[];
  rooms: Room[];
  onClose: () => void;
  onSaved: () => void;
}

/** Add (tariff undefined) or edit a rate. Amounts are typed in euros and saved in cents. */
export function TariffModal({ tariff, categoryId = null, categories, rooms, onClose, onSaved }: TariffModalProps) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useTariffForm(tariff, categoryId, onSaved, onClose);

  const roomOptions = [
    { value: ALL_ROOMS, label: t('tariffs.allRooms') },
    ...rooms
      .filter((r) => r.active || String(r.id) === form.values.roomId)
      .map((r) => ({ value: String(r.id), label: r.name })),
  ];
  const categoryOptions = categories
    .filter((c) => c.active || String(c.id) === form.values.categoryId)
    .map((c) => ({ value: String(c.id), label: c.name }));
  const chosen = categories.find((c) => String(c.id) === form.values.categoryId);

  return (
    <FormModal
      opened
      onClose={onClose}
      title={tariff ? t('tariffs.editTariff') : t('tariffs.addTariff')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={tariff ? t('common.save') : t('tariffs.addTariff')}
    >
      {tariff && <Text size="sm">{t('tariffs.keepPrices')}</Text>}
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('tariffs.category')}
          placeholder={t('tariffs.categoryPlaceholder')}
          required
          data={categoryOptions}
          description={chosen?.free ? t('tariffs.freeCategoryWarning') : undefined}
          {...form.getInputProps('categoryId')}
        />
        <Select
          label={t('tariffs.room')}
          description={t('tariffs.roomHelp')}
          data={roomOptions}
          allowDeselect={false}
          {...form.getInputProps('roomId')}
        />
      </SimpleGrid>
      <DateField
        label={t('tariffs.validFrom')}
        description={t('tariffs.validFromHelp')}
        required
        clearable={false}
        w={{ base: '100%', xs: '50%' }}
        {...form.getInputProps('validFrom')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <MoneyInput
          label={t('tariffs.hourly')}
          description={t('tariffs.hourlyHelp')}
          required
          {...form.getInputProps('hourly')}
        />
        <MoneyInput
          label={t('tariffs.daypart')}
          description={t('tariffs.daypartHelp')}
          {...form.getInputProps('daypart')}
        />
      </SimpleGrid>
      <Radio.Group label={t('tariffs.vat')} description={t('tariffs.vatHelp')} {...form.getInputProps('vatPercent')}>
        <Group mt="xs">
          {VAT_PERCENTAGES.map((p) => (
            <Radio key={p} value={String(p)} label={t('tariffs.vatPercent', { percent: p })} />
          ))}
        </Group>
      </Radio.Group>
    </FormModal>
  );
}
