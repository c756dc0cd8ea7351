import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REACH_KEYS } from '../../../../../db/modules/budget/schemas';
import { InfoList } from '../../../components/InfoList';
import { SectionCard } from '../../../components/SectionCard';
import { useFormat } from '../../../hooks/useFormat';
import type { Application } from './applicationForm';

/** Who applies and how to reach them. */
export function ApplicantCard({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  return (
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
  );
}

/** What the activity is, for whom, when and where. */
export function ActivityCard({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
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
  );
}

/** The cost breakdown, whether the budget adds up, and the other funding. */
export function CostsCard({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
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
  );
}

/** What the meetings decided on it, or that they have not yet. */
export function DecisionsCard({ decisions }: { decisions: Application['decisions'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SectionCard title={t('applications.decisions')}>
      <Stack gap="xs">
        {decisions.map((d) => (
          <Text size="sm" key={d.itemId}>
            <strong>{f.date(d.meetingDate)}</strong>:{' '}
            {d.outcome ? t(`meetings.outcome.${d.outcome}`) : t('meetings.notDecidedYet')}
            {d.grantedCents ? ` ${f.money(d.grantedCents)}` : ''} — {d.motivation}
          </Text>
        ))}
      </Stack>
    </SectionCard>
  );
}

/** Every change of status: when, by whom, from what to what. */
export function HistoryCard({ history }: { history: Application['history'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SectionCard title={t('applications.history')}>
      <Stack gap={4}>
        {history.map((h, i) => (
          <Text size="sm" key={i}>
            {f.wallClock(h.at)} · {h.userName}: {h.fromLabel ? `${h.fromLabel} → ` : ''}
            {h.toLabel}
            {h.note ? ` (${h.note})` : ''}
          </Text>
        ))}
      </Stack>
    </SectionCard>
  );
}
