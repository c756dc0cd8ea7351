import { useState } from 'react';
import { Card, Grid, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { VOLUNTEER_STATUSES } from '../../../../../db/modules/roster/schemas';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import type { Volunteer, VolunteerRole } from '../shared/types';
import { VolunteersTable } from './VolunteersTable';
import { OffsetPager } from '../../../components/OffsetPager';

/** Volunteers per page of the register: the core sends one page (and one more, to tell there are more). */
export const REGISTER_PAGE = 50;

type Status = Volunteer['status'];

/** The register's search and filters with the list they select; the page reloads it after a save. */
export function useRegister() {
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 250);
  const [status, setStatus] = useState<Status | null>(null);
  const [roleId, setRoleId] = useState<string | null>(null);
  const [page, setPage] = useState({ offset: 0, key: '' });
  // Another search or filter starts at the first page again.
  const key = JSON.stringify([search, status, roleId]);
  const offset = page.key === key ? page.offset : 0;
  const setOffset = (next: number) => setPage({ offset: next, key });
  const volunteers = useApi('volunteers.list', {
    search,
    status,
    roleId: roleId === null ? null : Number(roleId),
    limit: REGISTER_PAGE + 1,
    offset,
  });
  const filtered = search !== '' || status !== null || roleId !== null;
  return { text, setText, status, setStatus, roleId, setRoleId, volunteers, filtered, offset, setOffset };
}

interface RegisterCardProps {
  register: ReturnType<typeof useRegister>;
  roles: readonly VolunteerRole[];
  addButton: React.ReactNode;
}

export function RegisterCard({ register, roles, addButton }: RegisterCardProps) {
  const { t } = useTranslation();
  const { volunteers, filtered } = register;

  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="md">
        <div role="search" aria-label={t('volunteers.filters')}>
          <Grid gap="sm" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput
                label={t('volunteers.search')}
                placeholder={t('volunteers.searchPlaceholder')}
                leftSection={<IconSearch size={16} aria-hidden />}
                value={register.text}
                onChange={(e) => register.setText(e.currentTarget.value)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <Select
                label={t('volunteers.fields.status')}
                placeholder={t('volunteers.allStatuses')}
                clearable
                data={VOLUNTEER_STATUSES.map((s) => ({ value: s, label: t(`volunteers.statuses.${s}`) }))}
                value={register.status}
                onChange={(v) => register.setStatus(v as Status | null)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <Select
                label={t('volunteers.role')}
                placeholder={t('volunteers.allRoles')}
                clearable
                searchable
                data={roles.map((r) => ({ value: String(r.id), label: r.name }))}
                value={register.roleId}
                onChange={register.setRoleId}
              />
            </Grid.Col>
          </Grid>
        </div>
        <QueryState query={volunteers}>
          {(page) => (
            <>
              <VolunteersTable
                volunteers={page.slice(0, REGISTER_PAGE)}
                empty={
                  <EmptyMessage
                    icon={<IconUsersGroup aria-hidden />}
                    title={filtered ? t('volunteers.noMatches') : t('volunteers.emptyTitle')}
                    description={filtered ? t('volunteers.noMatchesHelp') : t('volunteers.emptyHelp')}
                    action={filtered ? undefined : addButton}
                  />
                }
              />
              {register.offset === 0 && page.length <= REGISTER_PAGE ? (
                page.length > 0 && (
                  <Text size="sm" c="dimmed" aria-live="polite">
                    {t('volunteers.count', { count: page.length })}
                  </Text>
                )
              ) : (
                <OffsetPager
                  offset={register.offset}
                  shown={Math.min(page.length, REGISTER_PAGE)}
                  pageSize={REGISTER_PAGE}
                  more={page.length > REGISTER_PAGE}
                  onOffset={register.setOffset}
                  label={t('volunteers.title')}
                />
              )}
            </>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
