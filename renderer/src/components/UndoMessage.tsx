import { Button, Group } from '@mantine/core';

/** A notification's text with a button that takes back what was just done. */
export function UndoMessage({
  message,
  undoLabel,
  onUndo,
}: {
  message: string;
  undoLabel: string;
  onUndo: () => void;
}) {
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap">
      <span>{message}</span>
      <Button size="compact-sm" variant="light" onClick={onUndo} style={{ flexShrink: 0 }}>
        {undoLabel}
      </Button>
    </Group>
  );
}
