import { Button, Group, Text } from '@mantine/core';
import { IconDownload, IconEraser, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** How much was found and chosen, and what to do with the chosen records: export, read, or anonymise. */
export function FoundToolbar({
  found,
  chosen,
  erasable,
  busy,
  onJson,
  onDocument,
  onErase,
}: {
  found: number;
  chosen: number;
  /** Some chosen record allows anonymising at all. */
  erasable: boolean;
  busy: string | null;
  onJson: () => void;
  onDocument: () => void;
  onErase: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Text fw={600}>
        {t('privacy.person.found', { count: found })} · {t('privacy.person.selected', { count: chosen })}
      </Text>
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden />}
          disabled={chosen === 0}
          loading={busy === 'json'}
          onClick={onJson}
        >
          {t('privacy.person.exportJson')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileText size={18} aria-hidden />}
          disabled={chosen === 0}
          loading={busy === 'doc'}
          onClick={onDocument}
        >
          {t('privacy.person.showDocument')}
        </Button>
        <Button color="red" leftSection={<IconEraser size={18} aria-hidden />} disabled={!erasable} onClick={onErase}>
          {t('privacy.person.erase')}
        </Button>
      </Group>
    </Group>
  );
}
