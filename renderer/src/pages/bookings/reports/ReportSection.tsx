import type { ReactNode } from 'react';
import { Card, Group, Stack, Text, Title } from '@mantine/core';

/** A report card: heading and explanation, its download on the right, the table below. */
export function ReportSection({
  id,
  title,
  description,
  action,
  children,
}: {
  id: string;
  title: string;
  description: string;
  action?: ReactNode;
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
            <Text size="sm" c="dimmed" maw={720}>
              {description}
            </Text>
          </div>
          {action && <div className="no-print">{action}</div>}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
