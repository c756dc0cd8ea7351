import { Button, Card, Collapse, Stack, Tabs } from '@mantine/core';
import { IconDoor } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { LoadError, QueryState } from '../../../components/QueryState';
import { useApi, toApiCallError } from '../../../hooks/useApi';
import { AgendaHeader } from './AgendaHeader';
import { AgendaOverlays } from './AgendaOverlays';
import { AgendaSurface } from './AgendaSurface';
import { AgendaTabsList } from './AgendaTabsList';
import { AGENDA_FILTERS_ID, AgendaToolbar } from './AgendaToolbar';
import { activeFilterCount, AgendaFilters } from './filters';
import { ColorLegend } from './ColorLegend';
import { OptionsPanel } from './OptionsPanel';
import { useAgenda } from './useAgenda';
import type { Room } from './types';

function Agenda({ rooms }: { rooms: Room[] }) {
  const a = useAgenda(rooms);
  const { canEdit, activeRooms, dates, dialogs, surface } = a;

  return (
    <>
      <AgendaHeader canEdit={canEdit} rooms={activeRooms} onNewBooking={dialogs.openNew} />
      <Tabs value={a.tab} onChange={(next) => a.setTab(next === 'opties' ? 'opties' : 'agenda')}>
        <AgendaTabsList expiring={a.options.data?.expiring.length ?? 0} />
        <Tabs.Panel value="agenda">
          <Card withBorder radius="md" padding="md" className="agenda-card">
            <Stack gap="md">
              <Collapse expanded={a.filtersOpen} id={AGENDA_FILTERS_ID}>
                <Stack gap="md">
                  <AgendaFilters
                    value={a.filter}
                    onChange={a.setFilter}
                    rooms={activeRooms}
                    colorMode={a.colorMode}
                    onColorMode={a.setColorMode}
                  />
                  <ColorLegend mode={a.colorMode} />
                </Stack>
              </Collapse>
              <AgendaToolbar
                filtersOpen={a.filtersOpen}
                activeFilters={activeFilterCount(a.filter)}
                onToggleFilters={a.toggleFilters}
                title={dates.shownTitle}
                view={dates.view}
                onView={dates.changeView}
                onPrev={dates.toolbar.onPrev}
                onNext={dates.toolbar.onNext}
                onToday={dates.toolbar.onToday}
                onDate={dates.toolbar.onDate}
              />
              {surface.loadError && (
                <LoadError error={toApiCallError(new Error(surface.loadError))} onRetry={a.refresh} />
              )}
              {a.move.alert}
              <AgendaSurface
                view={dates.view}
                calendarRef={a.refs.calendar}
                gridRef={a.refs.grid}
                rooms={activeRooms}
                filter={a.filter}
                colorMode={a.colorMode}
                canEdit={canEdit}
                gridDate={dates.gridDate}
                calendarStart={dates.calendarStart}
                handlers={a.handlers}
                onOpenDay={dates.openDay}
                loading={surface.loading}
              />
            </Stack>
          </Card>
        </Tabs.Panel>
        <Tabs.Panel value="opties">
          <QueryState query={a.options}>{(o) => <OptionsPanel options={o} onOpen={dialogs.setOpenId} />}</QueryState>
        </Tabs.Panel>
      </Tabs>

      {a.move.modal}
      <AgendaOverlays dialogs={dialogs} canEdit={canEdit} rooms={rooms} onChanged={a.refresh} onSaved={a.onSaved} />
    </>
  );
}

/** Without rooms there is nothing to book: say where they are added instead of showing an empty grid. */
function NoRooms() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('agenda.title')} />
      <EmptyMessage
        icon={<IconDoor aria-hidden />}
        title={t('agenda.noRoomsTitle')}
        description={t('agenda.noRoomsHelp')}
        action={
          <Button component={Link} to="/ruimtes" variant="light">
            {t('nav.rooms')}
          </Button>
        }
      />
    </>
  );
}

/** The room booking calendar: rooms as columns (day) or rows (week), month and list, with the options that lapse. */
export function AgendaPage() {
  const rooms = useApi('rooms.list', { includeArchived: true });
  return (
    <QueryState query={rooms}>
      {(list) => (list.some((r) => r.active) ? <Agenda rooms={list} /> : <NoRooms />)}
    </QueryState>
  );
}
