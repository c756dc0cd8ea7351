import { useMe } from '../session/SessionContext';
import { todayIso } from '../format';
import { PrintHeading } from './PrintHeading';

/** The print heading of a screen: the signed-in house, printed today. */
export function PrintHeader({ title }: { title?: string }) {
  const { buildingName } = useMe();
  return <PrintHeading house={buildingName} title={title} printedOn={todayIso()} />;
}
