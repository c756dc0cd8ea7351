import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import type { Renter } from './renterForm';

const Dash = () => (
  <Text span c="dimmed">
    —
  </Text>
);

function Contact({ r }: { r: Renter }) {
  if (!r.contactPerson && !r.phone && !r.email) return <Dash />;
  return (
    <Stack gap={0}>
      {r.contactPerson && <Text size="sm">{r.contactPerson}</Text>}
      {r.phone && (
        <Anchor size="sm" href={`tel:${r.phone.replace(/[^\d+]/g, '')}`}>
          {r.phone}
        </Anchor>
      )}
      {r.email && (
        <Anchor size="sm" href={`mailto:${r.email}`}>
          {r.email}
        </Anchor>
      )}
    </Stack>
  );
}

export function RentersTable({
  renters,
  actions,
  empty,
}: {
  renters: Renter[];
  actions?: (r: Renter) => ReactNode;
  empty: ReactNode;
}) {
  const { t } = useTranslation();
  const columns: Column<Renter>[] = [
    {
      key: 'name',
      header: t('renters.name'),
      render: (r) => (
        <div>
          <Text fw={600} size="sm">
            {r.name}
          </Text>
          {!r.active && (
            <Badge size="sm" variant="light" color="gray" mt={4}>
              {t('renters.archived')}
            </Badge>
          )}
          {r.notes && (
            <Text size="xs" c="dimmed" lineClamp={2} maw={320}>
              {r.notes}
            </Text>
          )}
        </div>
      ),
    },
    { key: 'type', header: t('renters.type'), render: (r) => t(`renters.types.${r.type}`) },
    { key: 'contact', header: t('renters.contact'), render: (r) => <Contact r={r} /> },
    { key: 'category', header: t('renters.category'), render: (r) => r.tariffCategoryName },
    {
      key: 'keys',
      header: t('renters.keyRightsColumn'),
      render: (r) =>
        r.keyRights ? (
          <Group gap={4} wrap="nowrap">
            <IconKey size={16} aria-hidden />
            <Text size="sm">{t('renters.keyRightsYes')}</Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('renters.keyRightsNo')}
          </Text>
        ),
    },
  ];
  if (actions) columns.push({ key: 'actions', header: t('common.actions'), screenOnly: true, render: actions });
  return (
    <DataTable
      label={t('renters.tableLabel')}
      minWidth={860}
      rows={renters}
      rowKey={(r) => r.id}
      empty={empty}
      columns={columns}
    />
  );
}
