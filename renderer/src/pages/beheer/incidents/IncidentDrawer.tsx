import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { IncidentDetail } from './IncidentDetail';

/** The open incident, loaded by its id from the address (#/incidenten/12), so Vandaag can link to it. */
export function IncidentDrawer({ id, onClose, onChanged }: { id: number; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const incident = useApi('incidents.get', { id });
  const title = incident.data
    ? t('incidents.detailTitleOf', {
        category: t(`incidents.categories.${incident.data.category}`),
        when: f.wallClock(incident.data.occurredAt),
      })
    : t('incidents.detailTitle');
  const changed = () => {
    incident.reload();
    onChanged();
  };
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="xl"
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <QueryState query={incident}>{(i) => <IncidentDetail incident={i} onChanged={changed} />}</QueryState>
    </Drawer>
  );
}
