import { Badge, Button, Group, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TemplateView } from './types';

/** One message: what and when, whether a person can refuse it, its switch and the way to its text. */
export function TemplateRow({
  template,
  busy,
  onToggle,
  onEdit,
}: {
  template: TemplateView;
  busy: boolean;
  onToggle: (enabled: boolean) => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md" py="sm" data-template={template.key}>
      <Stack gap={4} style={{ flex: 1 }}>
        <Group gap="xs">
          <Text fw={600} c={template.enabled ? undefined : 'dimmed'}>
            {template.title}
          </Text>
          <Tooltip label={t(template.service ? 'mail.templates.serviceHelp' : 'mail.templates.optionalHelp')}>
            <Badge variant="light" color={template.service ? 'blue' : 'grape'} size="sm">
              {t(template.service ? 'mail.templates.service' : 'mail.templates.optional')}
            </Badge>
          </Tooltip>
          {template.reworded && (
            <Badge variant="outline" color="gray" size="sm">
              {t('mail.templates.reworded')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {template.when}
        </Text>
      </Stack>
      <Group gap="md" wrap="nowrap">
        <Switch
          checked={template.enabled}
          disabled={busy}
          onChange={(e) => onToggle(e.currentTarget.checked)}
          label={t(template.enabled ? 'mail.templates.on' : 'mail.templates.off')}
          aria-label={t('mail.templates.switchLabel', { title: template.title })}
        />
        <Button
          variant="light"
          size="sm"
          leftSection={<IconPencil size={16} aria-hidden />}
          onClick={onEdit}
          aria-label={t('mail.templates.editOne', { title: template.title })}
        >
          {t('mail.templates.edit')}
        </Button>
      </Group>
    </Group>
  );
}
