import { useState } from 'react';
import { Button, Card, Drawer, Grid, Select, Stack } from '@mantine/core';
import { IconPlus, IconUrgent } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { INCIDENT_STATUSES } from '../../../../../db/modules/beheer/schemas';
import { DateField } from '../../../components/DateField';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { useMe } from '../../../session/SessionContext';
import { IncidentDetail } from './IncidentDetail';
import { IncidentModal } from './IncidentModal';
import { IncidentsTable } from './IncidentsTable';

type Status = (typeof INCIDENT_STATUSES)[number];

/** The open incident, loaded by its id from the address (#/incidenten/12), so Vandaag can link to it. */
function IncidentDrawer({ id, onClose, onChanged }: { id: number; onClose: () => void; onChanged: () => void }) {
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

export function IncidentsPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const writer = user.role === 'beheerder' || user.role === 'balie';
  const navigate = useNavigate();
  const params = useParams();
  const openId = params.id && /^\d+$/.test(params.id) ? Number(params.id) : null;
  const [status, setStatus] = useState<Status | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reporting, setReporting] = useState(false);
  const rangeError = from && to && to < from ? t('incidents.toBeforeFrom') : undefined;
  const incidents = useApi('incidents.list', { status, from: from || null, to: to || null }, { enabled: !rangeError });
  const filtered = status !== null || from !== '' || to !== '';

  const report = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setReporting(true)}>
      {t('incidents.report')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('incidents.title')}
        description={t('incidents.intro')}
        actions={writer ? report : undefined}
      />
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <div role="search" aria-label={t('incidents.filters')}>
            <Grid gap="sm" align="flex-start">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Select
                  label={t('incidents.status')}
                  placeholder={t('incidents.allStatuses')}
                  clearable
                  data={INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`incidents.statuses.${s}`) }))}
                  value={status}
                  onChange={(v) => setStatus(v as Status | null)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4 }}>
                <DateField label={t('incidents.from')} clearable value={from} onChange={setFrom} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4 }}>
                <DateField label={t('incidents.to')} clearable value={to} onChange={setTo} error={rangeError} />
              </Grid.Col>
            </Grid>
          </div>
          <QueryState query={incidents}>
            {(list) => (
              <IncidentsTable
                incidents={list}
                onOpen={(i) => void navigate(`/incidenten/${i.id}`)}
                empty={
                  <EmptyMessage
                    icon={<IconUrgent aria-hidden />}
                    title={filtered ? t('incidents.noMatches') : t('incidents.emptyTitle')}
                    description={filtered ? t('incidents.noMatchesHelp') : t('incidents.emptyHelp')}
                  />
                }
              />
            )}
          </QueryState>
        </Stack>
      </Card>
      {reporting && (
        <IncidentModal
          onClose={() => setReporting(false)}
          onSaved={(i) => {
            incidents.reload();
            void navigate(`/incidenten/${i.id}`);
          }}
        />
      )}
      {openId !== null && (
        <IncidentDrawer id={openId} onClose={() => void navigate('/incidenten')} onChanged={incidents.reload} />
      )}
    </>
  );
}
