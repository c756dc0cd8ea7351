import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';
import { CertificateBadges } from '../shared/CertificateBadges';
import { StatusBadge } from '../shared/StatusBadge';
import type { RegisterEntry } from '../shared/types';

interface VolunteersTableProps {
  volunteers: readonly RegisterEntry[];
  empty: React.ReactNode;
}

/** The register: the name leads to the profile, where everything else about the person is. */
export function VolunteersTable({ volunteers, empty }: VolunteersTableProps) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      label={t('volunteers.tableLabel')}
      minWidth={900}
      rows={volunteers}
      rowKey={(v) => v.id}
      empty={empty}
      columns={[
        {
          key: 'name',
          header: t('volunteers.fields.name'),
          render: (v) => (
            <div>
              <Anchor component={Link} to={`/vrijwilligers/${v.id}`} fw={600} size="sm">
                {v.name}
              </Anchor>
              {v.tegenprestatie && (
                <Text size="xs" c="dimmed">
                  {t('volunteers.tegenprestatieShort', { hours: v.tegenprestatieHours })}
                </Text>
              )}
            </div>
          ),
        },
        {
          key: 'phone',
          header: t('volunteers.fields.phone'),
          render: (v) => <span style={{ whiteSpace: 'nowrap' }}>{v.phone || '—'}</span>,
        },
        {
          key: 'roles',
          header: t('volunteers.fields.roles'),
          render: (v) =>
            v.roleNames.length ? (
              <Text size="sm">{v.roleNames.join(', ')}</Text>
            ) : (
              <Text span c="dimmed" size="sm">
                —
              </Text>
            ),
        },
        { key: 'status', header: t('volunteers.fields.status'), render: (v) => <StatusBadge status={v.status} /> },
        {
          key: 'start',
          header: t('volunteers.fields.startDate'),
          render: (v) => <span style={{ whiteSpace: 'nowrap' }}>{f.date(v.startDate)}</span>,
        },
        {
          key: 'certificates',
          header: t('volunteers.certificates.title'),
          render: (v) => <CertificateBadges certificates={v.certificates} missingVog={v.missingVog} />,
        },
      ]}
    />
  );
}
