import { memo } from 'react';
import { Card, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconClockHour4, IconClockX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { useFormat } from '../../../hooks/useFormat';
import { useWhen } from './details/BookingInfo';
import classes from './OptionsPanel.module.css';

type Options = Output<'bookings.options'>;
type Option = Options['expiring'][number];

function OptionItem({ booking, line, onOpen }: { booking: Option; line: string; onOpen: (id: number) => void }) {
  const when = useWhen();
  return (
    <UnstyledButton className={classes.item} onClick={() => onOpen(booking.id)}>
      <Text fw={600}>{booking.title}</Text>
      <Text size="sm">
        {when(booking)} · {booking.roomNames.join(', ')}
      </Text>
      <Text size="sm" c="dimmed">
        {booking.renterName} · {line}
      </Text>
    </UnstyledButton>
  );
}

function OptionList({
  title,
  icon,
  bookings,
  empty,
  line,
  onOpen,
}: {
  title: string;
  icon: React.ReactNode;
  bookings: Option[];
  empty: string;
  line: (b: Option) => string;
  onOpen: (id: number) => void;
}) {
  const id = `options-${title.replace(/\W+/g, '-')}`;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {bookings.length === 0 ? (
        <EmptyMessage icon={icon} title={empty} />
      ) : (
        <Stack gap="xs">
          {bookings.map((b) => (
            <OptionItem key={b.id} booking={b} line={line(b)} onOpen={onOpen} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** Options are holds that lapse: the ones that lapse within a week, and those that lapsed recently. */
export const OptionsPanel = memo(function OptionsPanel({
  options,
  onOpen,
}: {
  options: Options;
  onOpen: (id: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <OptionList
        title={t('agenda.optionsExpiring')}
        icon={<IconClockHour4 aria-hidden />}
        bookings={options.expiring}
        empty={t('agenda.optionsExpiringNone')}
        line={(b) => t('agenda.optionValidUntil', { date: b.optionUntil ? f.date(b.optionUntil) : '' })}
        onOpen={onOpen}
      />
      <OptionList
        title={t('agenda.optionsReleased')}
        icon={<IconClockX aria-hidden />}
        bookings={options.released}
        empty={t('agenda.optionsReleasedNone')}
        line={(b) => b.cancelReason}
        onOpen={onOpen}
      />
    </SimpleGrid>
  );
});
