import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { DocumentSheet } from '../shared/DocumentSheet';
import { AgendaPack } from './AgendaPack';

/** The agenda pack of a meeting on screen, to print. */
export function AgendaPackView({ id }: { id: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useApi('meetings.agendaPack', { id });
  return (
    <QueryState query={query}>
      {(d) => (
        <DocumentSheet
          pageTitle={t('meetings.doc.packTitle', { date: f.dateLong(d.meeting.date) })}
          back={`/vergaderingen/${id}`}
          backLabel={t('meetings.backToMeeting')}
        >
          <AgendaPack pack={d} />
        </DocumentSheet>
      )}
    </QueryState>
  );
}
