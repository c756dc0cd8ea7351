import { todayIso } from '../../../../format';
import { useMe } from '../../../../session/SessionContext';
import { RosterSheet, type RosterWeek } from './RosterSheet';

/** The week's wall roster under the week on screen, shown only on paper. */
export function RosterPrint({ week, withPhones }: { week: RosterWeek; withPhones: boolean }) {
  const { buildingName } = useMe();
  return (
    <div className="print-only">
      <RosterSheet week={week} withPhones={withPhones} house={buildingName} printedOn={todayIso()} />
    </div>
  );
}
