import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Preview } from './usePreview';

/** The message with example data, as the recipient reads it (plain text, as in a phone's mail app). */
export function PreviewPane({ preview }: { preview: Preview | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} component="section" aria-label={t('mail.templates.preview')}>
      <Text fw={600} size="sm">
        {t('mail.templates.preview')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('mail.templates.previewHelp')}
      </Text>
      <Paper withBorder p="sm" radius="sm" bg="gray.0" data-testid="mail-preview">
        {preview ? (
          <>
            <Text fw={600} size="sm" mb="xs">
              {t('mail.templates.previewSubject', { subject: preview.subject })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {preview.text}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('mail.templates.previewWaiting')}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
