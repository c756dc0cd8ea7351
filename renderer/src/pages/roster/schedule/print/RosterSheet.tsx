import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../api/client';
import { PrintHeading } from '../../../../components/PrintHeading';
import { useWeekLabel } from '../../../../components/weekLabel';
import { useFormat } from '../../../../hooks/useFormat';
import { DAYPARTS, clockOf, dayLabel, startsIn, weekDates, type Daypart } from '../../shared/time';
import type { Assignment, Shift } from '../../shared/types';
import classes from './RosterPrint.module.css';

type DayStatus = Output<'calendar.days'>[number];

/** Per role the names planned, then an empty line for every place still open, to fill in on the wall. */
function ShiftBlock({ shift, withPhones }: { shift: Shift; withPhones: boolean }) {
  const planned = (roleId: number) => shift.assignments.filter((a) => a.status === 'ingepland' && a.roleId === roleId);
  const person = (a: Assignment) => (
    <Fragment key={a.id}>
      <span className={classes.line}>{a.volunteerName}</span>
      {withPhones && a.phone && <span className={classes.phone}>{a.phone}</span>}
    </Fragment>
  );
  const roleIds = [
    ...new Set([
      ...shift.needs.map((n) => n.roleId),
      ...shift.assignments.filter((a) => a.status === 'ingepland').map((a) => a.roleId),
    ]),
  ];
  return (
    <div className={classes.shift}>
      {/* Time and title on lines of their own: the same shape in every column, whatever the title's length. */}
      <span className={classes.shiftHead}>
        {clockOf(shift.start)}–{clockOf(shift.end)}
      </span>
      <span className={classes.shiftHead}>{shift.title}</span>
      {roleIds.map((roleId) => {
        const need = shift.needs.find((n) => n.roleId === roleId);
        const people = planned(roleId);
        const roleName = need?.roleName ?? people[0]?.roleName;
        const open = Math.max(0, (need?.count ?? 0) - people.length);
        return (
          <Fragment key={roleId}>
            <span className={`${classes.line} ${classes.role}`}>{roleName}:</span>
            {people.map(person)}
            {Array.from({ length: open }, (_, i) => (
              <span key={`open-${i}`} className={classes.line}>
                <span className={classes.open} />
              </span>
            ))}
          </Fragment>
        );
      })}
    </div>
  );
}

export type RosterDays = readonly Pick<DayStatus, 'date' | 'closedBecause'>[];

/** What one week's wall roster shows: what `roster.week` and `calendar.days` return for the week. */
export interface RosterWeek {
  monday: string;
  shifts: readonly Shift[];
  days: RosterDays;
}

/**
 * The weekly roster for the wall (A4 landscape): days across, morning, afternoon and evening down,
 * names per role, open places as lines to write on. Phone numbers only when asked for: the sheet
 * hangs where visitors walk past. Draws only what it is given: the print view and the PDF use it alike.
 */
export function RosterSheet({
  week: { monday, shifts, days },
  withPhones,
  house,
  printedOn,
}: {
  week: RosterWeek;
  withPhones: boolean;
  house: string;
  printedOn: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const weekLabel = useWeekLabel();
  const dates = weekDates(monday);
  const active = shifts.filter((s) => !s.cancelled);
  const inCell = (date: string, part: Daypart) =>
    active.filter((s) => s.date === date && startsIn(clockOf(s.start)) === part);
  // Parts of the day without any shift this week are left out, so the sheet is not half empty rows.
  const parts = DAYPARTS.filter((p) => dates.some((d) => inCell(d, p).length > 0));
  return (
    <div className={classes.sheet}>
      <PrintHeading house={house} title={`${t('nav.roster')} · ${weekLabel(monday)}`} printedOn={printedOn} />
      <table className={classes.table}>
        <thead>
          <tr>
            <th className={classes.partColumn} />
            {dates.map((d) => (
              <th key={d} scope="col">
                {dayLabel(d, f.locale)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {parts.map((part) => (
            <tr key={part}>
              <th scope="row" className={classes.part}>
                {t(`volunteers.dayparts.${part}`)}
              </th>
              {dates.map((d) => {
                const closed = days.find((x) => x.date === d)?.closedBecause;
                const cell = inCell(d, part);
                return (
                  <td key={d} style={{ verticalAlign: 'top' }}>
                    {cell.length === 0 && closed ? (
                      <span className={classes.closed}>{t('roster.closed', { reason: closed })}</span>
                    ) : (
                      cell.map((s) => <ShiftBlock key={s.id} shift={s} withPhones={withPhones} />)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {parts.length === 0 && <p>{t('roster.print.empty')}</p>}
      <p className={classes.footer}>{t('roster.print.footer')}</p>
    </div>
  );
}
