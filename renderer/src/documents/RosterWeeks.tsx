import { RosterSheet, type RosterWeek } from '../pages/roster/schedule/print/RosterSheet';

/** The roster of a period: the wall roster of each of its weeks, one sheet (page) per week. */
export interface RosterDocument {
  house: string;
  printedOn: string;
  withPhones: boolean;
  weeks: RosterWeek[];
}

export function RosterWeeks({ document: d }: { document: RosterDocument }) {
  return (
    <>
      {d.weeks.map((week, i) => (
        <div key={week.monday} style={i > 0 ? { breakBefore: 'page' } : undefined}>
          <RosterSheet week={week} withPhones={d.withPhones} house={d.house} printedOn={d.printedOn} />
        </div>
      ))}
    </>
  );
}
