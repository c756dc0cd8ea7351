import { Anchor } from '@mantine/core';
import { IconClipboardText } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { useFormat } from '../../../hooks/useFormat';
import { ApplicationStatusBadge } from '../shared/StatusBadge';

/** The applications found: number, title (to the application), applicant, wijk, round, amounts and status. */
export function ApplicationTable({ rows }: { rows: Output<'applications.list'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      label={t('applications.title')}
      minWidth={1000}
      rows={rows}
      rowKey={(a) => a.id}
      empty={<EmptyMessage icon={<IconClipboardText aria-hidden />} title={t('applications.none')} />}
      columns={[
        {
          key: 'number',
          header: t('applications.number'),
          render: (a) => a.number ?? t('applications.status.concept'),
        },
        {
          key: 'title',
          header: t('applications.titleLabel'),
          render: (a) => (
            <Anchor component={Link} to={`/aanvragen/${a.id}`}>
              {a.title}
            </Anchor>
          ),
        },
        {
          key: 'applicant',
          header: t('applications.applicant'),
          render: (a) => `${a.applicantName} (${a.applicantTypeLabel})`,
        },
        { key: 'wijk', header: t('applications.wijk'), render: (a) => a.wijk },
        {
          key: 'round',
          header: t('applications.round'),
          // "Right to Cooperate 2026" names its scheme already; only a round named otherwise gets the scheme before it.
          render: (a) => (a.roundName.includes(a.schemeLabel) ? a.roundName : `${a.schemeLabel} · ${a.roundName}`),
        },
        {
          key: 'requested',
          header: t('applications.requested'),
          numeric: true,
          render: (a) => f.money(a.requestedCents),
        },
        {
          key: 'granted',
          header: t('applications.grantedLabel'),
          numeric: true,
          render: (a) => (a.grantedCents ? f.money(a.grantedCents) : '—'),
        },
        {
          key: 'status',
          header: t('applications.statusLabel'),
          render: (a) => <ApplicationStatusBadge status={a.status} />,
        },
      ]}
    />
  );
}
