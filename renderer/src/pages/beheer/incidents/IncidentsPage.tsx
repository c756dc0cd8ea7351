import { useState } from 'react';
import { Button, Card, Stack } from '@mantine/core';
import { IconPlus, IconUrgent } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { IncidentDrawer } from './IncidentDrawer';
import { IncidentFilters, type Status } from './IncidentFilters';
import { IncidentModal } from './IncidentModal';
import { IncidentsTable } from './IncidentsTable';

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
          <IncidentFilters
            status={status}
            onStatus={setStatus}
            from={from}
            onFrom={setFrom}
            to={to}
            onTo={setTo}
            rangeError={rangeError}
          />
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
