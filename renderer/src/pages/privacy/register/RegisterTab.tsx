import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PrintHeader } from '../../../components/PrintHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { RegisterTable } from './RegisterTable';
import { RetentionModal } from './RetentionModal';

/** The register of processing: per kind of person what is kept, why, how long and what stays; printable. */
export function RegisterTab() {
  const { t } = useTranslation();
  const register = useApi('privacy.register', {});
  const [editing, setEditing] = useState(false);

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
            <RegisterTable entries={entries} />
            {editing && (
              <RetentionModal entries={entries} onClose={() => setEditing(false)} onSaved={register.reload} />
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
