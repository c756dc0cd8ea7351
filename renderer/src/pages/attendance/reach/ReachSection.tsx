import type { ReactNode } from 'react';
import { Card, Group, Stack, Text, Title } from '@mantine/core';

/**
 * A card of the reach report: heading and explanation, its downloads on the right, the content below. `alert`: a
 * refused download, right under the buttons.
 */
export function ReachSection({
  id,
  title,
  description,
  actions,
  alert,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  actions?: ReactNode;
  alert?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h3" id={id}>
              {title}
            </Title>
            {description && (
              <Text size="sm" maw={760}>
                {description}
              </Text>
            )}
          </div>
          {actions && (
            <Group gap="xs" className="no-print">
              {actions}
            </Group>
          )}
        </Group>
        {alert}
        {children}
      </Stack>
    </Card>
  );
}
