import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { DocumentSheet } from '../shared/DocumentSheet';
import { MinutesDocument } from './MinutesDocument';

/** The minutes of a meeting on screen, to print. */
export function MinutesView({ id }: { id: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useApi('meetings.minutes', { id });
  return (
    <QueryState query={query}>
      {(d) => (
        <DocumentSheet
          pageTitle={t('meetings.doc.minutesTitle', { date: f.dateLong(d.meeting.date) })}
          back={`/vergaderingen/${id}`}
          backLabel={t('meetings.backToMeeting')}
        >
          <MinutesDocument minutes={d} />
        </DocumentSheet>
      )}
    </QueryState>
  );
}
