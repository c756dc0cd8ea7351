import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { IconNotebook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';

/** Nothing found for the search, or nothing written this week yet. */
export function LogbookEmpty({
  filtered,
  writer,
  write,
  onPreviousWeek,
}: {
  filtered: boolean;
  writer: boolean;
  /** The "write an entry" button, the same one as in the page header. */
  write: ReactNode;
  onPreviousWeek: () => void;
}) {
  const { t } = useTranslation();
  return (
    <EmptyMessage
      icon={<IconNotebook aria-hidden />}
      title={filtered ? t('logbook.noMatches') : t('logbook.emptyTitle')}
      description={filtered ? t('logbook.noMatchesHelp') : writer ? t('logbook.emptyHelp') : undefined}
      action={
        filtered ? undefined : (
          <>
            {writer && write}
            {/* On a Monday the new week is empty; the weekend is one click back. */}
            <Button variant="default" onClick={onPreviousWeek}>
              {t('logbook.previousWeek')}
            </Button>
          </>
        )
      }
    />
  );
}
