import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';

/**
 * The one h1 of a page, with an optional intro and the page's main actions. Also sets the window title.
 * `alert`: the refusal of one of those actions (`useAction().alert`), shown right under them, full width.
 */
export function PageHeader({
  title,
  description,
  actions,
  alert,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  alert?: ReactNode;
}) {
  useDocumentTitle(`${title} · Wijkhuis`);
  return (
    <Stack gap="sm" mb="lg">
      <Group justify="space-between" align="flex-start" gap="md">
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
      {alert}
    </Stack>
  );
}
