import { forwardRef, memo, useEffect, useImperativeHandle, useRef } from 'react';
import FullCalendar from '@fullcalendar/react';
import { useCalendarOptions, type CalendarSettings } from './calendarOptions';
import './agenda.css';

/**
 * FullCalendar with the rooms as resources, on options that keep their identity (see useCalendarOptions).
 * Memoized as a whole as well: a render of the page (a dialog opening) then does not even reach the
 * wrapper, which hands all its options to FullCalendar again on every render.
 */
export const AgendaCalendar = memo(
  forwardRef<FullCalendar, CalendarSettings>(function AgendaCalendar(settings, ref) {
    const options = useCalendarOptions(settings);

    // FullCalendar measures itself on window resizes only. Its width also changes when a dialog's scroll
    // lock ends, the navigation folds or a hidden tab shows again; stale measurements make a drop land a
    // quarter of an hour off. So it measures again whenever its box changes size.
    const calendar = useRef<FullCalendar>(null);
    const box = useRef<HTMLDivElement>(null);
    useImperativeHandle(ref, () => calendar.current!, []);
    useEffect(() => {
      let frame = 0;
      const observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => calendar.current?.getApi().updateSize());
      });
      if (box.current) observer.observe(box.current);
      return () => {
        cancelAnimationFrame(frame);
        observer.disconnect();
      };
    }, []);

    return (
      <div ref={box}>
        <FullCalendar ref={calendar} {...options} />
      </div>
    );
  }),
);
