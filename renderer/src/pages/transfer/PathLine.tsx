import { Button, Code, CopyButton, Group } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A path on screen with a button to copy it: the export lands in a folder the user then opens. */
export function PathLine({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Code style={{ wordBreak: 'break-all' }}>{path}</Code>
      <CopyButton value={path}>
        {({ copied, copy }) => (
          <Button
            size="xs"
            variant="subtle"
            onClick={copy}
            leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
            aria-label={t('transfer.export.copyPath')}
          >
            {copied ? t('transfer.export.copied') : t('transfer.export.copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
