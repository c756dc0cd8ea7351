import { useState } from 'react';
import { Button, Card, Group, Stack, Switch } from '@mantine/core';
import { IconPlus, IconTool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { DefectModal } from './DefectModal';
import { DefectUpdateModal } from './DefectUpdateModal';
import { DefectsTable } from './DefectsTable';

type Defect = Output<'defects.list'>[number];

/** Storingen: the open ones by priority and then by how long they have waited; solved ones on request. */
export function DefectsPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  // The desk reports; only the beheerder follows a defect up with the landlord or a tradesman.
  const reporter = user.role === 'beheerder' || user.role === 'balie';
  const manager = user.role === 'beheerder';
  const [includeResolved, setIncludeResolved] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [updating, setUpdating] = useState<Defect | null>(null);
  const defects = useApi('defects.list', { includeResolved });

  const report = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setReporting(true)}>
      {t('defects.report')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('defects.title')}
        description={manager ? t('defects.intro') : t('defects.introDesk')}
        actions={reporter ? report : undefined}
      />
      <Card withBorder radius="md" padding="lg">
        <Stack gap="sm">
          <Group justify="flex-end">
            <Switch
              label={t('defects.showResolved')}
              checked={includeResolved}
              onChange={(e) => setIncludeResolved(e.currentTarget.checked)}
            />
          </Group>
          <QueryState query={defects}>
            {(list) => (
              <DefectsTable
                defects={list}
                onUpdate={manager ? setUpdating : undefined}
                empty={
                  <EmptyMessage
                    icon={<IconTool aria-hidden />}
                    title={t('defects.emptyTitle')}
                    description={t('defects.emptyHelp')}
                  />
                }
              />
            )}
          </QueryState>
        </Stack>
      </Card>
      {reporting && <DefectModal onClose={() => setReporting(false)} onSaved={defects.reload} />}
      {updating && <DefectUpdateModal defect={updating} onClose={() => setUpdating(null)} onSaved={defects.reload} />}
    </>
  );
}
