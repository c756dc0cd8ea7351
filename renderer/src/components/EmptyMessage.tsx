import type { ReactNode } from 'react';
import { EmptyState } from '@mantine/core';

/** What a list shows when there is nothing yet: what it is for, and how to add the first one. */
export function EmptyMessage({
  icon,
  title,
  description,
  action,
}: {
  icon: ReactNode;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <EmptyState icon={icon} title={title} description={description} variant="light" py="xl">
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
