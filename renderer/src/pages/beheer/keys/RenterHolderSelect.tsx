import { Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { HandOutValues } from './HandOutModal';
import type { Holders } from './types';

type Renter = Holders['rentersWithKeyRights'][number];

const renterHolderName = (r: Renter) => (r.contactPerson ? `${r.contactPerson} (${r.name})` : r.name);

/** The renter the key goes to; picking one fills in the holder's name with its contact person. */
export function RenterHolderSelect({
  form,
  renters,
}: {
  form: UseFormReturnType<HandOutValues>;
  renters: readonly Renter[];
}) {
  const { t } = useTranslation();
  const renter = form.getInputProps('renterId');
  return (
    <Select
      label={t('keys.renter')}
      description={renters.length ? t('keys.renterHelp') : t('keys.noRentersWithRights')}
      required
      searchable
      data={renters.map((r) => ({
        value: String(r.id),
        label: r.contactPerson ? `${r.name} (${r.contactPerson})` : r.name,
      }))}
      {...renter}
      onChange={(value) => {
        renter.onChange(value);
        const chosen = renters.find((r) => String(r.id) === value);
        if (chosen) form.setFieldValue('holderName', renterHolderName(chosen));
      }}
    />
  );
}
