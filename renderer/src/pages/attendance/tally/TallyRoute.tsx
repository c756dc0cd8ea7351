import { useParams } from 'react-router';
import { TallyChooser } from './TallyChooser';
import { TallyCounter } from './TallyCounter';

/** #/turfteller chooses a session; #/turfteller/12 counts session 12 full-screen. */
export function TallyRoute() {
  const { sessionId } = useParams();
  const id = Number(sessionId);
  // Keyed by session, so switching sessions never shows the previous one's counts.
  return sessionId && Number.isInteger(id) && id > 0 ? <TallyCounter key={id} sessionId={id} /> : <TallyChooser />;
}
