import { Button, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../../../db/modules/transfer/schemas';
import { call } from '../../api/client';
import { saveFile } from '../../components/saveFile';
import { useAction } from '../../hooks/useAction';
import type { Kinds } from './types';

/** Step 1: what to import, with the template of each kind to fill in. */
export function KindStep({
  kinds,
  value,
  onChange,
}: {
  kinds: Kinds;
  value: ImportKind | null;
  onChange: (kind: ImportKind) => void;
}) {
  const { t } = useTranslation();
  const { busy, run, alert } = useAction();
  const template = (kind: ImportKind) =>
    run(`template-${kind}`, async () => {
      const { fileName, content } = await call('transfer.template', { kind });
      saveFile(fileName, { text: content }, 'text/csv;charset=utf-8');
    });
  return (
    <Stack gap="md">
      <Radio.Group
        label={t('transfer.kind.label')}
        description={t('transfer.kind.help')}
        value={value ?? ''}
        onChange={(v) => onChange(v as ImportKind)}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
          {kinds.map(({ kind, fields }) => (
            <Radio.Card key={kind} value={kind} p="md" radius="md">
              <Group wrap="nowrap" align="flex-start">
                <Radio.Indicator />
                <div>
                  <Text fw={600}>{t(`transfer.kinds.${kind}`)}</Text>
                  <Text size="sm" c="dimmed">
                    {t('transfer.kind.required', {
                      fields: fields
                        .filter((f) => f.required)
                        .map((f) => t(`transfer.fields.${f.key}`, { defaultValue: f.label }))
                        .join(', '),
                    })}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      {value && (
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden />}
            loading={busy === `template-${value}`}
            onClick={() => void template(value)}
          >
            {t('transfer.kind.template', { kind: t(`transfer.kinds.${value}`).toLowerCase() })}
          </Button>
          <Text size="sm" c="dimmed">
            {t('transfer.kind.templateHelp')}
          </Text>
        </Group>
      )}
      {alert}
    </Stack>
  );
}
