import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type {
  CalendarOptions,
  DateSelectArg,
  DatesSetArg,
  EventClickArg,
  EventDropArg,
  EventSourceFuncArg,
} from '@fullcalendar/core';
import type { EventResizeDoneArg } from '@fullcalendar/interaction';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import resourceTimeGridPlugin from '@fullcalendar/resource-timegrid';
import nlLocale from '@fullcalendar/core/locales/nl';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { bookingOf, toEvent, toResources } from './events';
import { roomColorsOf, type ColorMode } from './colors';
import { calendarNow, fetchRange, rangeToTimes, toWallClock } from './wallClock';
import type { AgendaFilter } from './filters';
import { agendaBookings, type Room } from './types';
import type { BookingPrefill } from './booking/bookingForm';
import type { MoveRequest } from './useMoveBooking';
import { listInput, shownRooms, type AgendaHandlers } from './surface';
import { ListEventContent } from './ListEventContent';

/** FullCalendar draws the day (rooms as columns) and the list; the week and the month are grids of our own (grid/). */
export const CALENDAR_VIEWS = { day: 'resourceTimeGridDay', list: 'listWeek' } as const;
export type CalendarView = keyof typeof CALENDAR_VIEWS;

const PLUGINS = [resourceTimeGridPlugin, listPlugin, interactionPlugin];
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

type WallTime = { hour: number; minute: number };
const hhmm = ({ hour, minute }: WallTime) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

/**
 * A booking's time, '19:00' or '19:00–21:00' (the calendar runs on wall-clock values in UTC). A function,
 * not a format object: for an object FullCalendar built an Intl formatter per booking drawn.
 */
function eventTime({
  start,
  end,
  defaultSeparator,
}: {
  start: WallTime;
  end?: WallTime | null;
  defaultSeparator: string;
}): string {
  return end ? `${hhmm(start)}${defaultSeparator}${hhmm(end)}` : hhmm(start);
}

/** A time range chosen in the day view → where the new booking starts: its room, date and times. */
function prefillOf(arg: DateSelectArg): BookingPrefill {
  return { roomIds: arg.resource ? [arg.resource.id] : undefined, ...rangeToTimes(arg.start, arg.end) };
}

/** A booking dragged or resized in the calendar → the move the core is asked for. */
function moveOf(arg: EventDropArg | EventResizeDoneArg): MoveRequest {
  const { event, oldEvent } = arg;
  const start = event.start!;
  // An event always has an end here (bookings have one); the fallback keeps the old length.
  const end =
    event.end ?? new Date(start.getTime() + ((oldEvent.end?.getTime() ?? 0) - (oldEvent.start?.getTime() ?? 0)));
  const drop = 'oldResource' in arg ? arg : null;
  return {
    input: {
      id: Number(event.id),
      start: toWallClock(start),
      end: toWallClock(end),
      fromRoomId: drop?.oldResource ? Number(drop.oldResource.id) : null,
      toRoomId: drop?.newResource ? Number(drop.newResource.id) : null,
    },
    title: event.title,
    revert: arg.revert,
  };
}

/** What the calendar reports back; kept in a ref so the calendar's options never change because of them. */
export interface CalendarHandlers extends AgendaHandlers {
  onDatesSet: (arg: DatesSetArg) => void;
}

/** The options that are the same for every calendar and every render. */
const FIXED_OPTIONS: CalendarOptions = {
  plugins: PLUGINS,
  schedulerLicenseKey: 'GPL-My-Project-Is-Open-Source',
  headerToolbar: false,
  firstDay: 1,
  timeZone: 'UTC',
  now: calendarNow,
  nowIndicator: true,
  height: 'auto',
  stickyHeaderDates: true,
  allDaySlot: false,
  slotMinTime: '07:00',
  slotMaxTime: '24:00',
  slotDuration: '00:30',
  snapDuration: '00:15',
  scrollTime: '08:00',
  slotLabelFormat: TIME_FORMAT,
  eventTimeFormat: eventTime,
  defaultRangeSeparator: '–',
  resourceOrder: 'order',
  selectMirror: true,
};

/** The day view's title and the list's own content and empty text, in the interface language. */
function viewOptions(t: TFunction): CalendarOptions['views'] {
  return {
    resourceTimeGridDay: { titleFormat: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } },
    listWeek: {
      noEventsContent: t('agenda.noEventsWeek'),
      eventContent: (arg) => {
        const booking = bookingOf(arg.event);
        return booking ? <ListEventContent booking={booking} /> : true;
      },
    },
  };
}

/** Names each booking drawn for screen readers: what, when, where, who and its status. */
function eventLabeller(t: TFunction): CalendarOptions['eventDidMount'] {
  return ({ el, event }) => {
    const b = bookingOf(event);
    // The mirror of a selection being drawn is an event without a booking.
    if (!b) return;
    el.setAttribute(
      'aria-label',
      t('agenda.eventLabel', {
        title: b.title,
        when: `${b.start.slice(11)}–${b.end.slice(11)}`,
        rooms: b.roomNames.join(', '),
        renter: b.renterName,
        status: t(`booking.status.${b.status}`),
      }),
    );
  };
}

export interface CalendarSettings {
  rooms: readonly Room[];
  filter: AgendaFilter;
  colorMode: ColorMode;
  canEdit: boolean;
  /** Read when the calendar is mounted: later the page switches views and dates through its API. */
  initialView: CalendarView;
  initialDate: string;
  handlers: CalendarHandlers;
}

/**
 * FullCalendar's options, every one memoized: the React wrapper rebuilds whatever changed by reference,
 * and with hundreds of events a fresh object on each render would redraw the whole calendar. A new
 * events function (filter or colours changed) makes it refetch.
 */
export function useCalendarOptions({
  rooms,
  filter,
  colorMode,
  canEdit,
  initialView,
  initialDate,
  handlers,
}: CalendarSettings): CalendarOptions {
  const { t, i18n } = useTranslation();
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const roomColors = useMemo(() => roomColorsOf(rooms), [rooms]);
  const resources = useMemo(() => toResources(shownRooms(rooms, filter.roomIds)), [rooms, filter.roomIds]);

  const events = useCallback(
    async (info: EventSourceFuncArg) => {
      // No status chosen: nothing to show, and the core would read an empty list as "all".
      if (filter.statuses.length === 0) return [];
      try {
        const answer = await call('bookings.calendar', listInput(fetchRange(info.start, info.end), filter));
        latest.current.onLoadError(null);
        return agendaBookings(answer).map((b) => toEvent(b, roomColors, colorMode, canEdit));
      } catch (error) {
        latest.current.onLoadError(error instanceof Error ? error.message : String(error));
        return [];
      }
    },
    [filter, roomColors, colorMode, canEdit],
  );

  const options = useMemo<CalendarOptions>(
    () => ({
      ...FIXED_OPTIONS,
      initialView: CALENDAR_VIEWS[initialView],
      initialDate,
      locale: i18n.language === 'en' ? enGbLocale : nlLocale,
      views: viewOptions(t),
      resources,
      events,
      editable: canEdit,
      eventResourceEditable: canEdit,
      selectable: canEdit,
      eventDidMount: eventLabeller(t),
      eventClick: (arg: EventClickArg) => {
        arg.jsEvent.preventDefault();
        const booking = bookingOf(arg.event);
        if (booking) latest.current.onOpen(booking);
      },
      select: (arg: DateSelectArg) => {
        arg.view.calendar.unselect();
        latest.current.onCreate(prefillOf(arg));
      },
      eventDrop: (arg: EventDropArg) => latest.current.onMove(moveOf(arg)),
      eventResize: (arg: EventResizeDoneArg) => latest.current.onMove(moveOf(arg)),
      datesSet: (arg: DatesSetArg) => latest.current.onDatesSet(arg),
      loading: (loading: boolean) => latest.current.onLoading(loading),
    }),
    // initialView and initialDate are read once, at mount; the toolbar switches through the calendar's API.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language, resources, events, canEdit, t],
  );
  return options;
}
