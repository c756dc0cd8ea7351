import { Code, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateView } from './types';

/** The fields a template may use, each with what it holds; a click puts it in the text. */
export function PlaceholderList({
  placeholders,
  onInsert,
}: {
  placeholders: TemplateView['placeholders'];
  onInsert: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} component="section" aria-label={t('mail.templates.placeholders')}>
      <Text fw={600} size="sm">
        {t('mail.templates.placeholders')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('mail.templates.placeholdersHelp')}
      </Text>
      {placeholders.map((p) => (
        <UnstyledButton
          key={p.name}
          onClick={() => onInsert(p.name)}
          aria-label={t('mail.templates.insert', { name: p.name })}
          py={2}
        >
          <Code>{`{{ ${p.name} }}`}</Code>{' '}
          <Text span size="sm">
            {p.description}
          </Text>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
