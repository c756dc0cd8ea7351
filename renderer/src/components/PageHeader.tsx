import type { ReactNode } from 'react';
import { Group, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';

/** The one h1 of a page, with an optional intro and the page's main actions. Also sets the window title. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  useDocumentTitle(`${title} · Wijkhuis`);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="md">
      <div>
        <Title order={1}>{title}</Title>
        {description && (
          <Text c="dimmed" mt={4} maw={720} className="no-print">
            {description}
          </Text>
        )}
      </div>
      {actions && (
        <Group gap="sm" className="no-print">
          {actions}
        </Group>
      )}
    </Group>
  );
}
