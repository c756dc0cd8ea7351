import { Alert, Checkbox, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The core's refusal at the moment of booking, with the taken dates when there are several. */
export function RefusedAlert({ error }: { error: { message: string; conflicts: string[] } }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('booking.notBooked')}
      role="alert"
    >
      <Text size="sm">{error.message}</Text>
      {error.conflicts.length > 1 && (
        <List size="sm" mt={4}>
          {error.conflicts.map((c) => (
            <List.Item key={c}>{c}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** How many dates are taken; in a series with free dates left, the choice to book only those. */
export function TakenAlert({
  taken,
  wanted,
  isSeries,
  onlyFree,
  onOnlyFree,
}: {
  taken: number;
  wanted: number;
  isSeries: boolean;
  onlyFree: boolean;
  onOnlyFree: (onlyFree: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconCircleX aria-hidden />}
      title={t('booking.takenTitle', { count: taken })}
    >
      <Text size="sm">{isSeries ? t('booking.takenHelpSeries') : t('booking.takenHelp')}</Text>
      {isSeries && taken < wanted && (
        <Checkbox
          mt="sm"
          label={t('booking.onlyFree', { count: wanted - taken })}
          checked={onlyFree}
          onChange={(e) => onOnlyFree(e.currentTarget.checked)}
        />
      )}
    </Alert>
  );
}
