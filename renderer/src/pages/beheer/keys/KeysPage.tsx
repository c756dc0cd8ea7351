import { useState } from 'react';
import { Button, Card, Tabs } from '@mantine/core';
import { IconKey, IconPlus, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { HistoryModal, type HistoryOf } from './HistoryModal';
import { HoldersList } from './HoldersList';
import { KeyDialogs, keyActionsFor, type KeyDialog } from './KeyDialogs';
import { KeysTable } from './KeysTable';

/** Two views of the same keys: per key, and per person holding them. */
function KeysTabList() {
  const { t } = useTranslation();
  return (
    <Tabs.List mb="lg">
      <Tabs.Tab value="sleutels" leftSection={<IconKey size={18} aria-hidden />}>
        {t('keys.tabKeys')}
      </Tabs.Tab>
      <Tabs.Tab value="personen" leftSection={<IconUsers size={18} aria-hidden />}>
        {t('keys.tabPeople')}
      </Tabs.Tab>
    </Tabs.List>
  );
}

export function KeysPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const manager = user.role === 'beheerder';
  const keys = useApi('keys.list', {});
  const holders = useApi('keys.holders', {});
  const [dialog, setDialog] = useState<KeyDialog>(null);
  const [history, setHistory] = useState<HistoryOf | null>(null);
  const reload = () => {
    keys.reload();
    holders.reload();
  };
  // Also after a refusal: "not handed out" means someone else changed the key, so the list is stale.
  const close = () => {
    setDialog(null);
    reload();
  };

  const actions = manager ? keyActionsFor(setDialog) : undefined;
  const add = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog({ kind: 'add' })}>
      {t('keys.add')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('keys.title')}
        description={manager ? t('keys.intro') : t('keys.introReadOnly')}
        actions={manager ? add : undefined}
      />
      <Tabs defaultValue="sleutels">
        <KeysTabList />
        <Tabs.Panel value="sleutels">
          <Card withBorder radius="md" padding="lg">
            <QueryState query={keys}>
              {(list) => (
                <KeysTable
                  keys={list}
                  actions={actions}
                  onHistory={(k) => setHistory({ keyId: k.id, title: t('keys.historyTitle', { label: k.label }) })}
                  empty={
                    <EmptyMessage
                      icon={<IconKey aria-hidden />}
                      title={t('keys.emptyTitle')}
                      description={manager ? t('keys.emptyHelp') : undefined}
                      action={manager ? add : undefined}
                    />
                  }
                />
              )}
            </QueryState>
          </Card>
        </Tabs.Panel>
        <Tabs.Panel value="personen">
          <QueryState query={holders}>
            {(h) => (
              <HoldersList
                holders={h}
                onHistory={(holderName) =>
                  setHistory({ holderName, title: t('keys.historyOfTitle', { name: holderName }) })
                }
              />
            )}
          </QueryState>
        </Tabs.Panel>
      </Tabs>

      <KeyDialogs dialog={dialog} holders={holders.data} onClose={close} onSaved={reload} />
      {history && <HistoryModal of={history} onClose={() => setHistory(null)} />}
    </>
  );
}
