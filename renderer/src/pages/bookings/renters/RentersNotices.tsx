import type { ReactNode } from 'react';
import { Alert, Anchor } from '@mantine/core';
import { IconAddressBook, IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';

/** Every renter needs a tariff category: this points to where they are made. */
export function NoCategoriesAlert() {
  const { t } = useTranslation();
  return (
    <Alert
      variant="light"
      color="orange"
      icon={<IconInfoCircle aria-hidden />}
      title={t('renters.noCategoriesTitle')}
      mb="md"
    >
      {t('renters.noCategories')}{' '}
      <Anchor component={Link} to="/tarieven">
        {t('renters.toTariffs')}
      </Anchor>
    </Alert>
  );
}

/** Nothing found for the filter, or no renters yet (with the add button for whoever may add). */
export function RentersEmpty({ filtered, canEdit, add }: { filtered: boolean; canEdit: boolean; add: ReactNode }) {
  const { t } = useTranslation();
  return filtered ? (
    <EmptyMessage
      icon={<IconSearch aria-hidden />}
      title={t('renters.noMatches')}
      description={t('renters.noMatchesHelp')}
    />
  ) : (
    <EmptyMessage
      icon={<IconAddressBook aria-hidden />}
      title={t('renters.emptyTitle')}
      description={canEdit ? t('renters.emptyHelp') : t('renters.emptyReadOnly')}
      action={canEdit ? add : undefined}
    />
  );
}
