import type { ReactNode } from 'react';
import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiCallError } from '../api/client';
import type { ApiQuery } from '../hooks/useApi';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" py="md" role="status" aria-live="polite">
      <Loader size="sm" />
      <Text>{label ?? t('common.loading')}</Text>
    </Group>
  );
}

export function LoadError({ error, onRetry }: { error: ApiCallError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('common.loadFailed')}
      role="alert"
      my="sm"
    >
      <Text size="sm">{error.message}</Text>
      {onRetry && (
        <Button size="xs" variant="white" color="red" mt="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}

/** Loading, failure and data of one query in one place, so every screen handles all three. */
export function QueryState<T>({
  query,
  children,
  loadingLabel,
}: {
  query: ApiQuery<T>;
  children: (data: T) => ReactNode;
  loadingLabel?: string;
}) {
  if (query.data === undefined) {
    return query.error ? <LoadError error={query.error} onRetry={query.reload} /> : <Loading label={loadingLabel} />;
  }
  return (
    <>
      {query.error && <LoadError error={query.error} onRetry={query.reload} />}
      {children(query.data)}
    </>
  );
}
