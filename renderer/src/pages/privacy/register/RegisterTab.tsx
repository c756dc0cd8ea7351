import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { PrintHeader } from '../../../components/PrintHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { RetentionModal } from './RetentionModal';
import type { RegisterEntry } from '../privacyTypes';

/** The register of processing: per kind of person what is kept, why, how long and what stays; printable. */
export function RegisterTab() {
  const { t } = useTranslation();
  const register = useApi('privacy.register', {});
  const [editing, setEditing] = useState(false);

  const term = (e: RegisterEntry) =>
    e.months === null
      ? t('privacy.register.noTerm')
      : t(`privacy.register.kinds.${e.kind}.term`, { months: t('privacy.months', { count: e.months }) });

  return (
    <Stack gap="md">
      <div className="print-only">
        <PrintHeader title={t('privacy.register.printTitle')} />
      </div>
      <Group justify="space-between" align="flex-start" className="no-print">
        <Text maw={760}>{t('privacy.register.lead')}</Text>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
            {t('common.print')}
          </Button>
          <Button
            leftSection={<IconPencil size={18} aria-hidden />}
            onClick={() => setEditing(true)}
            disabled={!register.data}
          >
            {t('privacy.register.edit')}
          </Button>
        </Group>
      </Group>
      <QueryState query={register}>
        {(entries) => (
          <>
            <DataTable
              label={t('privacy.register.title')}
              rows={entries}
              rowKey={(e) => e.kind}
              minWidth={960}
              columns={[
                {
                  key: 'kind',
                  header: t('privacy.register.kind'),
                  render: (e) => (
                    <Text fw={600} size="sm">
                      {t(`privacy.register.kinds.${e.kind}.name`)}
                    </Text>
                  ),
                },
                {
                  key: 'data',
                  header: t('privacy.register.data'),
                  render: (e) => <Text size="sm">{t(`privacy.register.kinds.${e.kind}.data`)}</Text>,
                },
                {
                  key: 'purpose',
                  header: t('privacy.register.purpose'),
                  render: (e) => <Text size="sm">{t(`privacy.register.kinds.${e.kind}.purpose`)}</Text>,
                },
                {
                  key: 'term',
                  header: t('privacy.register.term'),
                  render: (e) => (
                    <Text size="sm">
                      {term(e)}
                      {e.inSettings && (
                        <Text span c="dimmed" size="xs" display="block">
                          {t('privacy.register.inSettings')}
                        </Text>
                      )}
                    </Text>
                  ),
                },
                {
                  key: 'keeps',
                  header: t('privacy.register.keeps'),
                  render: (e) => <Text size="sm">{t(`privacy.register.kinds.${e.kind}.keeps`)}</Text>,
                },
              ]}
            />
            {editing && (
              <RetentionModal entries={entries} onClose={() => setEditing(false)} onSaved={register.reload} />
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
