import { useParams } from 'react-router';
import { QuarterlyPage } from './QuarterlyPage';
import { ReachPage } from './ReachPage';

/** #/bereik is the report with its filters; #/bereik/kwartaal the printable quarterly report. */
export function ReachRoute() {
  const { view } = useParams();
  return view === 'kwartaal' ? <QuarterlyPage /> : <ReachPage />;
}
