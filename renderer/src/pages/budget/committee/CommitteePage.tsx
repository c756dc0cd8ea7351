import { Alert, Stack, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { MemberBadges } from '../meetings/AttendanceSection';

/** The committee: members with their terms and roles, the composition rule, and the rules of the meetings. */
export function CommitteePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const members = useApi('committee.members', {});
  const rules = useApi('committee.rules', {});
  return (
    <Stack gap="lg">
      <PageHeader title={t('committee.title')} description={t('committee.intro')} />
      <QueryState query={members}>
        {(d) => (
          <>
            <Alert color={d.composition.ok ? 'green' : 'red'} variant="light" icon={d.composition.ok ? <IconCheck aria-hidden /> : <IconX aria-hidden />} title={t('committee.compositionRule')}>
              {d.composition.message}
            </Alert>
            <SectionCard title={t('committee.members')}>
              <DataTable
                label={t('committee.members')}
                rows={d.members}
                rowKey={(m) => m.id}
                columns={[
                  { key: 'name', header: t('committee.name'), render: (m) => m.name },
                  { key: 'role', header: t('committee.roleLabel'), render: (m) => <MemberBadges member={{ ...m, memberId: m.id, attendance: null }} /> },
                  { key: 'term', header: t('committee.term'), render: (m) => (m.termTo ? f.dateRange(m.termFrom, m.termTo) : t('committee.from', { date: f.date(m.termFrom) })) },
                  { key: 'contact', header: t('committee.contact'), render: (m) => [m.phone, m.email].filter(Boolean).join(' · ') },
                  { key: 'account', header: t('committee.account'), render: (m) => m.userName ?? '—' },
                ]}
              />
            </SectionCard>
          </>
        )}
      </QueryState>
      <QueryState query={rules}>
        {(r) => (
          <SectionCard title={t('committee.rules')}>
            <Text size="sm">{r.text.quorum}</Text>
            <Text size="sm">{r.text.majority}</Text>
            <Text size="sm">{r.text.tieBreak}</Text>
          </SectionCard>
        )}
      </QueryState>
    </Stack>
  );
}
