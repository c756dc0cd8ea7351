import { useState } from 'react';
import { Button, Card, Grid, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconNotebook, IconPencilPlus, IconPrinter, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LOGBOOK_CATEGORIES } from '../../../../../db/modules/beheer/schemas';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { WeekStepper } from '../../../components/WeekStepper';
import { addDays, mondayOf, todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { HandoverNotes } from '../shared/HandoverNotes';
import { EntryModal, type Entry } from './EntryModal';
import { LogbookDays } from './LogbookDays';
import { LogbookPrint } from './LogbookPrint';

type Category = (typeof LOGBOOK_CATEGORIES)[number];

// Searching "all weeks" is a range wide enough for any house's history.
const ALL = { from: '2000-01-01', to: '2999-12-31' };

export function LogbookPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const writer = user.role === 'beheerder' || user.role === 'balie';
  const [monday, setMonday] = useState(() => mondayOf(todayIso()));
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [category, setCategory] = useState<Category | null>(null);
  const [allWeeks, setAllWeeks] = useState(false);
  // undefined: closed; null: writing a new one; an entry: editing it.
  const [editing, setEditing] = useState<Entry | null | undefined>(undefined);

  const week = { from: monday, to: addDays(monday, 6) };
  const filtered = search !== '' || category !== null;
  const entries = useApi('logbook.list', { ...(allWeeks && filtered ? ALL : week), text: search, category });
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
          <Card withBorder radius="md" padding="lg" component="section" aria-label={t('logbook.filters')}>
            <Stack gap="sm">
              {!(allWeeks && filtered) && <WeekStepper value={monday} onChange={setMonday} />}
              <Grid gap="sm" align="flex-end">
                <Grid.Col span={{ base: 12, sm: 5 }}>
                  <TextInput
                    label={t('logbook.search')}
                    placeholder={t('logbook.searchPlaceholder')}
                    leftSection={<IconSearch size={16} aria-hidden />}
                    value={text}
                    onChange={(e) => setText(e.currentTarget.value)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <Select
                    label={t('logbook.category')}
                    placeholder={t('logbook.allCategories')}
                    clearable
                    data={LOGBOOK_CATEGORIES.map((c) => ({ value: c, label: t(`logbook.categories.${c}`) }))}
                    value={category}
                    onChange={(v) => setCategory(v as Category | null)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <Switch
                    label={t('logbook.allWeeks')}
                    checked={allWeeks}
                    onChange={(e) => setAllWeeks(e.currentTarget.checked)}
                    mb={8}
                  />
                </Grid.Col>
              </Grid>
            </Stack>
          </Card>
          <QueryState query={entries}>
            {(list) =>
              list.length === 0 ? (
                <EmptyMessage
                  icon={<IconNotebook aria-hidden />}
                  title={filtered ? t('logbook.noMatches') : t('logbook.emptyTitle')}
                  description={filtered ? t('logbook.noMatchesHelp') : writer ? t('logbook.emptyHelp') : undefined}
                  action={
                    filtered ? undefined : (
                      <>
                        {writer && write}
                        {/* On a Monday the new week is empty; the weekend is one click back. */}
                        <Button variant="default" onClick={() => setMonday(addDays(monday, -7))}>
                          {t('logbook.previousWeek')}
                        </Button>
                      </>
                    )
                  }
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
