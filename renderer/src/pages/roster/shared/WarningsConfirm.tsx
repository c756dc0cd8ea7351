import { Alert, Button, Group, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../api/client';

/** The warnings of a NEEDS_CONFIRMATION refusal, or null for any other outcome. */
export function warningsOf(error: unknown): string[] | null {
  return error instanceof ApiCallError && error.code === 'NEEDS_CONFIRMATION'
    ? (error.fieldErrors.warnings ?? [])
    : null;
}

interface WarningsConfirmProps {
  warnings: readonly string[];
  /** "Toch inplannen": the same call again with confirmWarnings. */
  onConfirm: () => void;
  onCancel: () => void;
  confirmLabel: string;
  busy?: boolean;
}

/**
 * What the coordinator may decide to accept but must have read (on pause, not available, double
 * booked, no VOG): the core refuses until the same request comes back confirmed.
 */
export function WarningsConfirm({ warnings, onConfirm, onCancel, confirmLabel, busy }: WarningsConfirmProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('roster.warningsTitle')}
      role="alert"
    >
      <List size="sm" spacing={4} mb="sm">
        {warnings.map((w) => (
          <List.Item key={w}>{w}</List.Item>
        ))}
      </List>
      <Group gap="xs">
        <Button size="xs" color="yellow" onClick={onConfirm} loading={busy}>
          {confirmLabel}
        </Button>
        <Button size="xs" variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Alert>
  );
}
