import { useCallback, useMemo, useRef, useState } from 'react';
import type { CalendarApi, DatesSetArg } from '@fullcalendar/core';
import { addDays, formatMonth, mondayOf, todayIso } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { useWeekLabel } from '../../../components/weekLabel';
import { CALENDAR_VIEWS, type CalendarView } from './calendarOptions';
import { addMonths } from './grid/gridCells';
import type { AgendaView } from './surface';
import { AGENDA_TITLE_ID } from './AgendaToolbar';
import { useViewInAddress } from './useViewInAddress';
import { toWallClock } from './wallClock';

/** The week and the month are grids of our own; the day and the list are FullCalendar's. */
export const isGrid = (view: AgendaView): view is 'week' | 'month' => view === 'week' || view === 'month';

/**
 * Which view and which dates the agenda shows, and the toolbar's steps through them. `api` reaches
 * FullCalendar while it is the one shown.
 */
export function useAgendaDates(api: () => CalendarApi | undefined) {
  const weekLabel = useWeekLabel();
  const f = useFormat();
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

  const onDatesSet = useCallback((arg: DatesSetArg) => {
    setTitle(arg.view.title);
    calendarDate.current = toWallClock(arg.view.calendar.getDate()).slice(0, 10);
  }, []);
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

  return { view, gridDate, setGridDate, calendarStart, onDatesSet, changeView, openDay, toolbar, shownTitle };
}
