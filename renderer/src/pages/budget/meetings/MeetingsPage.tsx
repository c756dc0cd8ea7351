import { useParams } from 'react-router';
import { MeetingList } from './MeetingList';
import { MeetingView } from './MeetingView';
import { MinutesView } from '../documents/MinutesView';
import { AgendaPackView } from '../documents/AgendaPackView';

/** #/vergaderingen, #/vergaderingen/3 (in the room), #/vergaderingen/3/notulen and #/vergaderingen/3/agenda (documents). */
export function MeetingsPage() {
  const { id, doc } = useParams();
  const meetingId = Number(id);
  if (!id || !Number.isInteger(meetingId)) return <MeetingList />;
  if (doc === 'notulen') return <MinutesView id={meetingId} />;
  if (doc === 'agenda') return <AgendaPackView id={meetingId} />;
  return <MeetingView key={meetingId} id={meetingId} />;
}
