import { Badge, Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { useFormat } from '../../../hooks/useFormat';

export type CheckedBackup = Output<'recovery.backups'>[number];

/** The backups as the core checked them: usable ones to choose, damaged ones shown but disabled. */
export function BackupChoice({
  backups,
  ...input
}: {
  backups: CheckedBackup[];
  value: string;
  onChange: (name: string) => void;
  error?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Radio.Group label={t('recovery.chooseBackup')} description={t('recovery.chooseHelp')} required {...input}>
      <Stack gap="sm" mt="xs">
        {backups.map((b) => (
          <Radio
            key={b.name}
            value={b.name}
            disabled={!b.ok}
            label={
              <Group gap="xs">
                <Text span fw={600}>
                  {f.instant(b.createdAt)}
                </Text>
                <Text span size="sm">
                  {t(`backups.kinds.${b.kind}`)} · {f.fileSize(b.size)}
                </Text>
                {b.recommended && <Badge color="green">{t('recovery.recommended')}</Badge>}
                {!b.ok && (
                  <Badge color="red" variant="light">
                    {t('recovery.unusable')}
                  </Badge>
                )}
              </Group>
            }
            description={
              <>
                <Text span size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  {b.name}
                </Text>
                {' — '}
                {b.ok ? t('recovery.checked', { version: b.version }) : b.message}
              </>
            }
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
