import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type FullCalendar from '@fullcalendar/react';
import { Badge, Button, Card, Loader, Stack, Tabs } from '@mantine/core';
import { IconCalendar, IconClockHour4, IconDoor, IconPlus, IconPrinter } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { LoadError, QueryState } from '../../../components/QueryState';
import { useApi, toApiCallError } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { addDays, formatMonth, mondayOf, todayIso } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { useWeekLabel } from '../../../components/WeekStepper';
import { AgendaCalendar, CALENDAR_VIEWS, type CalendarHandlers, type CalendarView } from './AgendaCalendar';
import { WeekGrid } from './grid/WeekGrid';
import { MonthGrid } from './grid/MonthGrid';
import { addMonths } from './grid/gridCells';
import type { GridHandle } from './grid/useAgendaGrid';
import type { AgendaView } from './surface';
import { AGENDA_TITLE_ID, AgendaToolbar } from './AgendaToolbar';
import { AgendaFilters, DEFAULT_FILTER, type AgendaFilter } from './filters';
import type { ColorMode } from './colors';
import { ColorLegend } from './ColorLegend';
import { ExportMenu } from './ExportMenu';
import { OptionsPanel } from './OptionsPanel';
import { useMoveBooking } from './useMoveBooking';
import { useViewInAddress } from './useViewInAddress';
import { useDrawnAhead } from './booking/useDrawnAhead';
import { toWallClock } from './wallClock';
import { BookingDialog, type DialogMode } from './booking/BookingDialog';
import { BookingDrawer } from './details/BookingDrawer';
import type { Booking, Renter, Room } from './types';

const NO_RENTERS: Renter[] = [];

/** The week and the month are grids of our own; the day and the list are FullCalendar's. */
const isGrid = (view: AgendaView): view is 'week' | 'month' => view === 'week' || view === 'month';
const NEW_BOOKING: DialogMode = { kind: 'create', prefill: {} };

function Agenda({ rooms }: { rooms: Room[] }) {
  const { t } = useTranslation();
  const { user } = useMe();
  const canEdit = user.role === 'beheerder';
  const calendar = useRef<FullCalendar>(null);
  const grid = useRef<GridHandle>(null);
  const weekLabel = useWeekLabel();
  const f = useFormat();
  const renters = useApi('renters.list', { includeArchived: true });
  const options = useApi('bookings.options', {});

  const [tab, setTab] = useState<'agenda' | 'opties'>('agenda');
  const [filter, setFilter] = useState<AgendaFilter>(DEFAULT_FILTER);
  const [colorMode, setColorMode] = useState<ColorMode>('room');
  const [view, setView] = useViewInAddress();
  // The grids show the week or month of gridDate. FullCalendar (day, list) keeps its own date, which the
  // page follows in calendarDate; it is mounted afresh, at the grid's date, when a grid is left.
  const [gridDate, setGridDate] = useState(todayIso);
  const calendarDate = useRef(gridDate);
  const [calendarStart, setCalendarStart] = useState<{ view: CalendarView; date: string }>(() => ({
    view: isGrid(view) ? 'day' : view,
    date: gridDate,
  }));
  const [title, setTitle] = useState('');
  const [loading, setLoading] = useState(false);
  const [loadedOnce, setLoadedOnce] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogMode | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);

  // Opening the dialog or the drawer must not render the page again: with a week of thirty rooms the
  // calendar, the filters (thousands of renters) and the options list cost more than the dialog itself.
  // So everything handed to the memoized parts below keeps its identity between renders.
  const api = useCallback(() => calendar.current?.getApi(), []);
  const { reload: reloadOptions } = options;
  const refresh = useCallback(() => {
    calendar.current?.getApi().refetchEvents();
    grid.current?.refetch();
    reloadOptions();
  }, [reloadOptions]);
  const move = useMoveBooking(refresh);
  const onMove = useRef(move.onMove);
  useLayoutEffect(() => {
    onMove.current = move.onMove;
  });
  // Stable while the rooms are: the calendar rebuilds its resources when this changes.
  const activeRooms = useMemo(() => rooms.filter((r) => r.active), [rooms]);
  const renterList = renters.data ?? NO_RENTERS;

  const handlers = useMemo<CalendarHandlers>(
    () => ({
      onDatesSet: (arg) => {
        setTitle(arg.view.title);
        calendarDate.current = toWallClock(arg.view.calendar.getDate()).slice(0, 10);
      },
      onOpen: (booking) => setOpenId(booking.id),
      onCreate: (prefill) => setDialog({ kind: 'create', prefill }),
      onMove: (request) => void onMove.current(request),
      onLoadError: setLoadError,
      onLoading: (busy) => {
        setLoading(busy);
        if (!busy) setLoadedOnce(true);
      },
    }),
    [],
  );

  const changeView = useCallback(
    (next: AgendaView) => {
      if (isGrid(next)) {
        if (!isGrid(view)) setGridDate(calendarDate.current);
      } else if (isGrid(view)) setCalendarStart({ view: next, date: gridDate });
      else api()?.changeView(CALENDAR_VIEWS[next]);
      setView(next);
    },
    [api, setView, view, gridDate],
  );
  const openDay = useCallback(
    (date: string) => {
      setCalendarStart({ view: 'day', date });
      setView('day');
      // The link that was clicked went with the month: the focus goes to the day's title, not to the page's start.
      requestAnimationFrame(() => document.getElementById(AGENDA_TITLE_ID)?.focus());
    },
    [setView],
  );
  const toolbar = useMemo(() => {
    if (!isGrid(view))
      return {
        onPrev: () => api()?.prev(),
        onNext: () => api()?.next(),
        onToday: () => api()?.today(),
        onDate: (date: string) => api()?.gotoDate(date),
      };
    const step = (d: string, n: number) => (view === 'week' ? addDays(d, 7 * n) : addMonths(d, n));
    return {
      onPrev: () => setGridDate((d) => step(d, -1)),
      onNext: () => setGridDate((d) => step(d, 1)),
      onToday: () => setGridDate(todayIso()),
      onDate: setGridDate,
    };
  }, [api, view]);
  const shownTitle =
    view === 'week' ? weekLabel(mondayOf(gridDate)) : view === 'month' ? formatMonth(gridDate, f.locale) : title;
  const closeDrawer = useCallback(() => setOpenId(null), []);
  const editFromDrawer = useCallback((booking: Booking) => {
    setOpenId(null);
    setDialog({ kind: 'edit', booking });
  }, []);
  const creating = dialog?.kind === 'create' ? dialog : null;
  const ahead = useDrawnAhead(creating !== null, loadedOnce);
  const { renew } = ahead;
  const closeDialog = useCallback(() => {
    setDialog(null);
    renew();
  }, [renew]);
  const onSaved = useCallback(
    (date: string) => {
      refresh();
      api()?.gotoDate(date);
      setGridDate(date);
    },
    [refresh, api],
  );

  const header = useMemo(
    () => (
      <PageHeader
        title={t('agenda.title')}
        description={canEdit ? t('agenda.intro') : t('agenda.introReadOnly')}
        actions={
          <>
            {canEdit && (
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog(NEW_BOOKING)}>
                {t('agenda.newBooking')}
              </Button>
            )}
            <ExportMenu rooms={activeRooms} />
            <Button
              variant="default"
              leftSection={<IconPrinter size={18} aria-hidden />}
              onClick={() => window.print()}
            >
              {t('common.print')}
            </Button>
          </>
        }
      />
    ),
    [t, canEdit, activeRooms],
  );

  const expiring = options.data?.expiring.length ?? 0;

  return (
    <>
      {header}
      <Tabs value={tab} onChange={(next) => setTab(next === 'opties' ? 'opties' : 'agenda')}>
        <Tabs.List mb="md" className="no-print">
          <Tabs.Tab value="agenda" leftSection={<IconCalendar size={18} aria-hidden />}>
            {t('agenda.tabCalendar')}
          </Tabs.Tab>
          <Tabs.Tab
            value="opties"
            leftSection={<IconClockHour4 size={18} aria-hidden />}
            rightSection={
              expiring ? (
                <Badge
                  size="sm"
                  color="violet"
                  variant="filled"
                  aria-label={t('agenda.optionsExpiringCount', { count: expiring })}
                >
                  {expiring}
                </Badge>
              ) : null
            }
          >
            {t('agenda.tabOptions')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agenda">
          <Card withBorder radius="md" padding="md" className="agenda-card">
            <Stack gap="md">
              <AgendaFilters
                value={filter}
                onChange={setFilter}
                rooms={activeRooms}
                renters={renterList}
                colorMode={colorMode}
                onColorMode={setColorMode}
              />
              <ColorLegend mode={colorMode} />
              <AgendaToolbar
                title={shownTitle}
                view={view}
                onView={changeView}
                onPrev={toolbar.onPrev}
                onNext={toolbar.onNext}
                onToday={toolbar.onToday}
                onDate={toolbar.onDate}
              />
              {loadError && <LoadError error={toApiCallError(new Error(loadError))} onRetry={refresh} />}
              <div className="agenda-calendar" aria-busy={loading}>
                {loading && <Loader size="sm" className="agenda-loader no-print" aria-hidden />}
                {view === 'week' ? (
                  <WeekGrid
                    ref={grid}
                    rooms={activeRooms}
                    filter={filter}
                    colorMode={colorMode}
                    canEdit={canEdit}
                    date={gridDate}
                    handlers={handlers}
                  />
                ) : view === 'month' ? (
                  <MonthGrid
                    ref={grid}
                    rooms={activeRooms}
                    filter={filter}
                    colorMode={colorMode}
                    canEdit={canEdit}
                    date={gridDate}
                    handlers={handlers}
                    onOpenDay={openDay}
                  />
                ) : (
                  <AgendaCalendar
                    ref={calendar}
                    rooms={activeRooms}
                    filter={filter}
                    colorMode={colorMode}
                    canEdit={canEdit}
                    initialView={calendarStart.view}
                    initialDate={calendarStart.date}
                    handlers={handlers}
                  />
                )}
              </div>
            </Stack>
          </Card>
        </Tabs.Panel>
        <Tabs.Panel value="opties">
          <QueryState query={options}>{(o) => <OptionsPanel options={o} onOpen={setOpenId} />}</QueryState>
        </Tabs.Panel>
      </Tabs>

      {move.modal}
      <BookingDrawer
        bookingId={openId}
        canEdit={canEdit}
        onClose={closeDrawer}
        onEdit={editFromDrawer}
        onChanged={refresh}
      />
      {canEdit && ahead.mounted && (
        <BookingDialog
          key={ahead.key}
          mode={creating ?? NEW_BOOKING}
          shown={ahead.shown}
          rooms={rooms}
          renters={renterList}
          onClose={closeDialog}
          onSaved={onSaved}
        />
      )}
      {dialog?.kind === 'edit' && (
        <BookingDialog mode={dialog} rooms={rooms} renters={renterList} onClose={closeDialog} onSaved={onSaved} />
      )}
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
