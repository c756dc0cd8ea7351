import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconEdit, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';
import { MemberBadges } from '../meetings/MemberBadges';
import type { Member } from './MemberModal';

/** The members with role, term and contact; the beheerder also gets edit and end-of-term per row. */
export function MemberTable({
  members,
  canEdit,
  onEdit,
  onEndTerm,
}: {
  members: Member[];
  canEdit: boolean;
  onEdit: (member: Member) => void;
  onEndTerm: (member: Member) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      label={t('committee.members')}
      rows={members}
      rowKey={(m) => m.id}
      columns={[
        {
          key: 'name',
          header: t('committee.name'),
          render: (m) => (m.sitting ? m.name : `${m.name} (${t('committee.former')})`),
        },
        {
          key: 'role',
          header: t('committee.roleLabel'),
          render: (m) => <MemberBadges member={{ ...m, memberId: m.id, attendance: null }} />,
        },
        {
          key: 'term',
          header: t('committee.term'),
          render: (m) =>
            m.termTo ? f.dateRange(m.termFrom, m.termTo) : t('committee.from', { date: f.date(m.termFrom) }),
        },
        {
          key: 'contact',
          header: t('committee.contact'),
          render: (m) => [m.phone, m.email].filter(Boolean).join(' · '),
        },
        { key: 'account', header: t('committee.account'), render: (m) => m.userName ?? '—' },
        ...(canEdit
          ? [
              {
                key: 'actions',
                header: t('common.actions'),
                render: (m: Member) => <MemberActions member={m} onEdit={onEdit} onEndTerm={onEndTerm} />,
              },
            ]
          : []),
      ]}
    />
  );
}

function MemberActions({
  member: m,
  onEdit,
  onEndTerm,
}: {
  member: Member;
  onEdit: (member: Member) => void;
  onEndTerm: (member: Member) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('committee.editMember', { name: m.name })}>
        <ActionIcon variant="subtle" aria-label={t('committee.editMember', { name: m.name })} onClick={() => onEdit(m)}>
          <IconEdit size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
      {m.sitting && (
        <Tooltip label={t('committee.endTermTitle', { name: m.name })}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('committee.endTermTitle', { name: m.name })}
            onClick={() => onEndTerm(m)}
          >
            <IconUserOff size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
