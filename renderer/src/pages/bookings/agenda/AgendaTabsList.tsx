import { Badge, Tabs } from '@mantine/core';
import { IconCalendar, IconClockHour4 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The calendar and the options, the latter with how many options lapse soon. */
export function AgendaTabsList({ expiring }: { expiring: number }) {
  const { t } = useTranslation();
  return (
    <Tabs.List mb="md" className="no-print">
      <Tabs.Tab value="agenda" leftSection={<IconCalendar size={18} aria-hidden />}>
        {t('agenda.tabCalendar')}
      </Tabs.Tab>
      <Tabs.Tab
        value="opties"
        leftSection={<IconClockHour4 size={18} aria-hidden />}
        rightSection={
          expiring ? (
            <Badge
              size="sm"
              color="violet"
              variant="filled"
              aria-label={t('agenda.optionsExpiringCount', { count: expiring })}
            >
              {expiring}
            </Badge>
          ) : null
        }
      >
        {t('agenda.tabOptions')}
      </Tabs.Tab>
    </Tabs.List>
  );
}
