import { Card, Grid, List, Tabs, Title } from '@mantine/core';
import { IconDoorEnter, IconDoorExit, IconListDetails } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import type { Output } from '../../../api/client';
import { useApi, type ApiQuery } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { todayIso } from '../../../format';
import { useMe } from '../../../session/SessionContext';
import { ChecklistForm, type ChecklistItem, type Kind } from './ChecklistForm';
import { ItemsManager } from './ItemsManager';
import { RunsList } from './RunsList';

type Tab = Kind | 'punten';

/** One checklist: today's records next to the form (or, for readers, the points themselves). */
function KindPanel({
  kind,
  items,
  writer,
  runs,
  onRecorded,
}: {
  kind: Kind;
  items: ChecklistItem[];
  writer: boolean;
  runs: ApiQuery<Output<'checklists.runs'>>;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const mine = items.filter((i) => i.kind === kind);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Card withBorder radius="md" padding="lg" component="section" aria-label={t(`checklists.kinds.${kind}`)}>
          <Title order={2} size="h3" mb="md">
            {t(`checklists.kinds.${kind}`)}
          </Title>
          {mine.length === 0 ? (
            <EmptyMessage
              icon={<IconListDetails aria-hidden />}
              title={t('checklists.noItems')}
              description={t('checklists.noItemsHelp')}
            />
          ) : writer ? (
            // Keyed on the points, so a changed list starts a fresh form.
            <ChecklistForm
              key={mine.map((i) => `${i.id}:${i.label}`).join('|')}
              kind={kind}
              items={mine}
              onRecorded={onRecorded}
            />
          ) : (
            <List spacing="xs">
              {mine.map((i) => (
                <List.Item key={i.id}>{i.label}</List.Item>
              ))}
            </List>
          )}
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Card withBorder radius="md" padding="lg" component="section" aria-label={t('checklists.todayTitle')}>
          <Title order={2} size="h3" mb="md">
            {t('checklists.todayTitle')}
          </Title>
          <QueryState query={runs}>{(r) => <RunsList kind={kind} runs={r} />}</QueryState>
        </Card>
      </Grid.Col>
    </Grid>
  );
}

/** Openen en sluiten: the tab is in the address (#/openen-sluiten/sluiting), so Vandaag can link straight to it. */
export function ChecklistsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useMe();
  const writer = user.role === 'beheerder' || user.role === 'balie';
  const manager = user.role === 'beheerder';
  const navigate = useNavigate();
  const params = useParams();
  const tabs: Tab[] = manager ? ['opening', 'sluiting', 'punten'] : ['opening', 'sluiting'];
  const tab: Tab = tabs.find((x) => x === params.tab) ?? 'opening';

  const items = useApi('checklists.items', { includeInactive: manager });
  const runs = useApi('checklists.runs', {});
  const active = (items.data ?? []).filter((i) => i.active);

  return (
    <>
      <PageHeader title={t('checklists.title')} description={t('checklists.intro', { date: f.dateLong(todayIso()) })} />
      <Tabs value={tab} onChange={(v) => v && void navigate(`/openen-sluiten/${v}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="opening" leftSection={<IconDoorEnter size={18} aria-hidden />}>
            {t('checklists.kinds.opening')}
          </Tabs.Tab>
          <Tabs.Tab value="sluiting" leftSection={<IconDoorExit size={18} aria-hidden />}>
            {t('checklists.kinds.sluiting')}
          </Tabs.Tab>
          {manager && (
            <Tabs.Tab value="punten" leftSection={<IconListDetails size={18} aria-hidden />}>
              {t('checklists.manage')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        {(['opening', 'sluiting'] as const).map((kind) => (
          <Tabs.Panel key={kind} value={kind}>
            <QueryState query={items}>
              {() => <KindPanel kind={kind} items={active} writer={writer} runs={runs} onRecorded={runs.reload} />}
            </QueryState>
          </Tabs.Panel>
        ))}
        {manager && (
          <Tabs.Panel value="punten">
            <QueryState query={items}>{(all) => <ItemsManager items={all} onChanged={items.reload} />}</QueryState>
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
