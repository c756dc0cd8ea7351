import { memo } from 'react';
import { Button } from '@mantine/core';
import { IconPlus, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useAction } from '../../../hooks/useAction';
import { ExportMenu } from './ExportMenu';
import type { Room } from './types';

/**
 * The page's title with its actions: a new booking (beheerder), exports and print. Memoized: the page
 * renders for every dialog.
 */
export const AgendaHeader = memo(function AgendaHeader({
  canEdit,
  rooms,
  onNewBooking,
}: {
  canEdit: boolean;
  rooms: readonly Room[];
  onNewBooking: () => void;
}) {
  const { t } = useTranslation();
  const exporting = useAction();
  return (
    <PageHeader
      title={t('agenda.title')}
      description={canEdit ? t('agenda.intro') : t('agenda.introReadOnly')}
      actions={
        <>
          {canEdit && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onNewBooking}>
              {t('agenda.newBooking')}
            </Button>
          )}
          <ExportMenu rooms={rooms} action={exporting} />
          <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
            {t('common.print')}
          </Button>
        </>
      }
      alert={exporting.alert}
    />
  );
});
