import { useState } from 'react';
import { Button, List, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Entry {
  id: number;
  at: string;
  summary: string;
}

/**
 * The summary of a row; a row that folds repeated taps shows the last one and opens to every entry, newest first,
 * so nothing is hidden that the log holds.
 */
export function AuditSummary({ summary, entries }: { summary: string; entries: Entry[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const text = (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      {summary}
    </Text>
  );
  if (entries.length === 0) return text;
  const listId = `audit-entries-${entries[0]!.id}`;
  return (
    <Stack gap={4} align="flex-start">
      {text}
      <Button
        variant="subtle"
        size="compact-sm"
        px={4}
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        rightSection={open ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('audit.hideEntries') : t('audit.showEntries', { count: entries.length })}
      </Button>
      {open && (
        <List id={listId} size="sm" spacing={2} aria-label={t('audit.entriesLabel', { count: entries.length })}>
          {entries.map((e) => (
            <List.Item key={e.id}>
              {/* Taps are seconds apart: the time to the second tells them apart. */}
              {e.at.slice(11, 19)} · {e.summary}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
