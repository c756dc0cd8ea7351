import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { InfoList } from '../../../components/InfoList';

export function ProfileView({ building: b }: { building: Output<'building.get'> }) {
  const { t } = useTranslation();
  const address = [b.street, [b.postcode, b.city].filter(Boolean).join('  ')].filter(Boolean).join(', ');
  return (
    <InfoList
      items={[
        { label: t('building.name'), value: b.name },
        { label: t('building.address'), value: address },
        { label: t('building.gebied'), value: b.gebied ?? '' },
        { label: t('building.provider'), value: b.welfareProvider ?? '' },
        { label: t('building.wijken'), value: b.wijken.join(', ') },
        { label: t('building.managementForm'), value: t(`building.management.${b.managementForm}`) },
        { label: t('building.phone'), value: b.phone },
        { label: t('building.email'), value: b.email },
        { label: t('building.accessibility'), value: b.accessibility },
        {
          label: t('building.holidays'),
          value: b.closedOnHolidays ? t('building.closedOnHolidaysYes') : t('building.closedOnHolidaysNo'),
        },
        { label: t('invoiceSender.iban'), value: b.iban },
        { label: t('invoiceSender.kvkNumber'), value: b.kvkNumber },
        { label: t('invoiceSender.vatNumber'), value: b.vatNumber },
        { label: t('invoiceSender.invoiceNote'), value: b.invoiceNote },
      ]}
    />
  );
}
