import { Button, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { REACH_KEYS } from '../../../../../db/modules/budget/schemas';
import { InfoList } from '../../../components/InfoList';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { useMe } from '../../../session/SessionContext';
import { ApplicationStatusBadge } from '../shared/StatusBadge';
import { Accountability } from './Accountability';
import { Attachments } from './Attachments';
import { Checklist } from './Checklist';
import { Payments } from './Payments';
import { StatusActions } from './StatusActions';
import { Valuation } from './Valuation';

const GRANTED = new Set(['toegekend', 'deels_toegekend', 'bevoorschot', 'uitbetaald', 'verantwoord', 'afgesloten']);

/** One application: what it is, its budget and funding, the checklist, decisions, payments and its history. */
export function ApplicationView({ id }: { id: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const query = useApi('applications.get', { id });
  const isBeheerder = me.user.role === 'beheerder';
  return (
    <QueryState query={query}>
      {(a) => {
        const hasLetter = a.status === 'niet_ontvankelijk' || a.decisions.some((d) => d.decidedAt !== null);
        return (
          <Stack gap="lg">
            <Group className="no-print">
              <Button
                component={Link}
                to="/aanvragen"
                variant="subtle"
                leftSection={<IconArrowLeft size={18} aria-hidden />}
              >
                {t('applications.backToList')}
              </Button>
            </Group>
            <PageHeader
              title={a.title}
              description={`${a.number ?? t('applications.status.concept')} · ${a.schemeLabel} · ${a.roundName}`}
              actions={
                isBeheerder ? <StatusActions application={a} hasLetter={hasLetter} onSaved={query.reload} /> : undefined
              }
            />
            <Group gap="sm">
              <ApplicationStatusBadge status={a.status} />
              <Text size="sm">
                {t('applications.requested')} {f.money(a.requestedCents)}
                {a.grantedCents ? ` · ${t('applications.grantedLabel')} ${f.money(a.grantedCents)}` : ''}
              </Text>
            </Group>
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <SectionCard title={t('applications.applicant')}>
                <InfoList
                  items={[
                    { label: t('applications.applicant'), value: `${a.applicantName} (${a.applicantTypeLabel})` },
                    {
                      label: t('applications.contact'),
                      value: [a.contactName, a.contactPhone, a.contactEmail].filter(Boolean).join(' · '),
                    },
                    { label: t('applications.wijk'), value: a.wijk },
                    { label: t('applications.involvement'), value: a.involvement },
                    { label: 'IBAN', value: a.iban },
                  ]}
                />
              </SectionCard>
              <SectionCard title={t('applications.activity')}>
                <InfoList
                  items={[
                    { label: t('applications.description'), value: a.description },
                    { label: t('applications.goals'), value: a.goals },
                    { label: t('applications.contribution'), value: a.contribution },
                    { label: t('applications.priorityGroups'), value: a.priorityGroupLabels.join(', ') },
                    {
                      label: t('applications.expectedReach'),
                      value: REACH_KEYS.filter((k) => a.expectedReach[k] > 0)
                        .map((k) => `${t(`applications.reach.${k}`)} ${a.expectedReach[k]}`)
                        .join(', '),
                    },
                    {
                      label: t('applications.recurrence'),
                      value: a.recurrence === 'eenmalig' ? t('applications.once') : t('applications.recurring'),
                    },
                    {
                      label: t('applications.period'),
                      value: a.startDate && a.endDate ? f.dateRange(a.startDate, a.endDate) : '',
                    },
                    { label: t('applications.location'), value: a.roomName ?? a.location },
                  ]}
                />
              </SectionCard>
            </SimpleGrid>
            <SectionCard title={t('applications.costs')}>
              <Table aria-label={t('applications.costs')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('applications.costLine')}</Table.Th>
                    <Table.Th scope="col">{t('applications.reimbursable')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('applications.amount')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {a.costLines.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.description}</Table.Td>
                      <Table.Td>{c.reimbursable ? t('applications.yes') : t('applications.notReimbursable')}</Table.Td>
                      <Table.Td ta="right">{f.money(c.amountCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr fw={700}>
                    <Table.Td colSpan={2}>{t('applications.totalCosts')}</Table.Td>
                    <Table.Td ta="right">{f.money(a.totals.costsCents)}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
              <Text size="sm" mt="sm">
                {a.totals.balanced
                  ? t('applications.balanced')
                  : t('applications.notBalanced', {
                      costs: f.money(a.totals.costsCents),
                      coverage: f.money(a.totals.coverageCents),
                    })}
              </Text>
              {a.funding.length > 0 && (
                <Text size="sm" mt="xs">
                  <strong>{t('applications.funding')}:</strong>{' '}
                  {a.funding
                    .map(
                      (x) =>
                        `${t(`applications.fundingKinds.${x.kind}`)} ${x.source} ${f.money(x.amountCents)}${x.inKind ? ` (${t('applications.inKind')})` : ''}`,
                    )
                    .join('; ')}
                </Text>
              )}
            </SectionCard>
            {(a.partners.length > 0 || a.scheme === 'right_to_cooperate') && <Valuation application={a} />}
            <Attachments application={a} canEdit={isBeheerder} onSaved={query.reload} />
            {isBeheerder && a.status !== 'concept' && <Checklist application={a} onSaved={query.reload} />}
            {a.decisions.length > 0 && (
              <SectionCard title={t('applications.decisions')}>
                <Stack gap="xs">
                  {a.decisions.map((d) => (
                    <Text size="sm" key={d.itemId}>
                      <strong>{f.date(d.meetingDate)}</strong>:{' '}
                      {d.outcome ? t(`meetings.outcome.${d.outcome}`) : t('meetings.notDecidedYet')}
                      {d.grantedCents ? ` ${f.money(d.grantedCents)}` : ''} — {d.motivation}
                    </Text>
                  ))}
                </Stack>
              </SectionCard>
            )}
            {isBeheerder && GRANTED.has(a.status) && <Payments application={a} onSaved={query.reload} />}
            {isBeheerder && (a.status === 'bevoorschot' || a.status === 'uitbetaald' || a.accountedOn !== null) && (
              <Accountability application={a} onSaved={query.reload} />
            )}
            <SectionCard title={t('applications.history')}>
              <Stack gap={4}>
                {a.history.map((h, i) => (
                  <Text size="sm" key={i}>
                    {f.wallClock(h.at)} · {h.userName}: {h.fromLabel ? `${h.fromLabel} → ` : ''}
                    {h.toLabel}
                    {h.note ? ` (${h.note})` : ''}
                  </Text>
                ))}
              </Stack>
            </SectionCard>
          </Stack>
        );
      }}
    </QueryState>
  );
}
