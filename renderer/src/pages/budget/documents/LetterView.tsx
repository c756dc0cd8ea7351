import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { DocumentSheet } from '../shared/DocumentSheet';
import { DecisionLetter } from './DecisionLetter';

/** The decision letter of one application on screen, to print. */
export function LetterView({ id }: { id: number }) {
  const { t } = useTranslation();
  const query = useApi('applications.letter', { id });
  return (
    <QueryState query={query}>
      {(d) => (
        <DocumentSheet
          pageTitle={t('applications.letterTitle', { number: d.reference })}
          back={`/aanvragen/${id}`}
          backLabel={t('applications.backToApplication')}
        >
          <DecisionLetter letter={d} />
        </DocumentSheet>
      )}
    </QueryState>
  );
}
