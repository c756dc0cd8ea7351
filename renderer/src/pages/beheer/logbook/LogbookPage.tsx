import { useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { IconPencilPlus, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { addDays } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { HandoverNotes } from '../shared/HandoverNotes';
import { EntryModal, type Entry } from './EntryModal';
import { LogbookDays } from './LogbookDays';
import { LogbookEmpty } from './LogbookEmpty';
import { LogbookFilters } from './LogbookFilters';
import { LogbookPrint } from './LogbookPrint';
import { useLogbookFilters } from './useLogbookFilters';

// Searching "all weeks" is a range wide enough for any house's history.
const ALL = { from: '2000-01-01', to: '2999-12-31' };

export function LogbookPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const writer = user.role === 'beheerder' || user.role === 'balie';
  const filters = useLogbookFilters();
  const { monday, week, filtered } = filters;
  // undefined: closed; null: writing a new one; an entry: editing it.
  const [editing, setEditing] = useState<Entry | null | undefined>(undefined);

  const range = filters.acrossWeeks ? ALL : week;
  const entries = useApi('logbook.list', { ...range, text: filters.search, category: filters.category });
  // The printed week is the whole week, whatever the search on screen.
  const printed = useApi('logbook.list', week);
  const handovers = useApi('logbook.handovers', {});

  const reload = () => {
    entries.reload();
    printed.reload();
    handovers.reload();
  };
  const canEdit = (e: Entry) => user.role === 'beheerder' || (writer && e.authorId === user.id);

  const write = (
    <Button leftSection={<IconPencilPlus size={18} aria-hidden />} onClick={() => setEditing(null)}>
      {t('logbook.write')}
    </Button>
  );

  return (
    <>
      <div className="screen-only">
        <PageHeader
          title={t('logbook.title')}
          description={writer ? t('logbook.intro') : t('logbook.introReadOnly')}
          actions={
            <>
              {writer && write}
              <Button
                variant="default"
                leftSection={<IconPrinter size={18} aria-hidden />}
                onClick={() => window.print()}
              >
                {t('logbook.printWeek')}
              </Button>
            </>
          }
        />
        <Stack gap="lg">
          {handovers.data && <HandoverNotes notes={handovers.data} onRead={reload} />}
          <LogbookFilters filters={filters} />
          <QueryState query={entries}>
            {(list) =>
              list.length === 0 ? (
                <LogbookEmpty
                  filtered={filtered}
                  writer={writer}
                  write={write}
                  onPreviousWeek={() => filters.setMonday(addDays(monday, -7))}
                />
              ) : (
                <LogbookDays entries={list} canEdit={canEdit} onEdit={setEditing} />
              )
            }
          </QueryState>
        </Stack>
      </div>
      {printed.data && <LogbookPrint monday={monday} entries={printed.data} />}
      {editing !== undefined && (
        <EntryModal entry={editing ?? undefined} onClose={() => setEditing(undefined)} onSaved={reload} />
      )}
    </>
  );
}
