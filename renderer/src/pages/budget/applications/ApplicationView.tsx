import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { useMe } from '../../../session/SessionContext';
import { ApplicationStatusBadge } from '../shared/StatusBadge';
import { Accountability } from './Accountability';
import { ActivityCard, ApplicantCard, CostsCard, DecisionsCard, HistoryCard } from './ApplicationCards';
import type { Application } from './applicationForm';
import { Attachments } from './Attachments';
import { Checklist } from './Checklist';
import { Payments } from './Payments';
import { StatusActions } from './StatusActions';
import { Valuation } from './Valuation';

const GRANTED = new Set(['toegekend', 'deels_toegekend', 'bevoorschot', 'uitbetaald', 'verantwoord', 'afgesloten']);

/** One application: what it is, its budget and funding, the checklist, decisions, payments and its history. */
export function ApplicationView({ id }: { id: number }) {
  const query = useApi('applications.get', { id });
  return <QueryState query={query}>{(a) => <ApplicationDetails application={a} onSaved={query.reload} />}</QueryState>;
}

function ApplicationDetails({ application: a, onSaved }: { application: Application; onSaved: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const isBeheerder = me.user.role === 'beheerder';
  const hasLetter = a.status === 'niet_ontvankelijk' || a.decisions.some((d) => d.decidedAt !== null);
  return (
    <Stack gap="lg">
      <Group className="no-print">
        <Button component={Link} to="/aanvragen" variant="subtle" leftSection={<IconArrowLeft size={18} aria-hidden />}>
          {t('applications.backToList')}
        </Button>
      </Group>
      <PageHeader
        title={a.title}
        description={`${a.number ?? t('applications.status.concept')} · ${a.schemeLabel} · ${a.roundName}`}
        actions={isBeheerder ? <StatusActions application={a} hasLetter={hasLetter} onSaved={onSaved} /> : undefined}
      />
      <Group gap="sm">
        <ApplicationStatusBadge status={a.status} />
        <Text size="sm">
          {t('applications.requested')} {f.money(a.requestedCents)}
          {a.grantedCents ? ` · ${t('applications.grantedLabel')} ${f.money(a.grantedCents)}` : ''}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ApplicantCard application={a} />
        <ActivityCard application={a} />
      </SimpleGrid>
      <CostsCard application={a} />
      {(a.partners.length > 0 || a.scheme === 'right_to_cooperate') && <Valuation application={a} />}
      <Attachments application={a} canEdit={isBeheerder} onSaved={onSaved} />
      {isBeheerder && a.status !== 'concept' && <Checklist application={a} onSaved={onSaved} />}
      {a.decisions.length > 0 && <DecisionsCard decisions={a.decisions} />}
      {isBeheerder && GRANTED.has(a.status) && <Payments application={a} onSaved={onSaved} />}
      {isBeheerder && (a.status === 'bevoorschot' || a.status === 'uitbetaald' || a.accountedOn !== null) && (
        <Accountability application={a} onSaved={onSaved} />
      )}
      <HistoryCard history={a.history} />
    </Stack>
  );
}
