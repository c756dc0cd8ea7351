import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** What the beheerder may allow but must have seen: closed day, outside opening hours, too many people, no key holder. */
export function WarningsList({ warnings, title }: { warnings: readonly string[]; title: string }) {
  if (!warnings.length) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title}>
      <List size="sm" spacing={4}>
        {warnings.map((w) => (
          <List.Item key={w}>{w}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
