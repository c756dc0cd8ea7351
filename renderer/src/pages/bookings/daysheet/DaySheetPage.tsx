import { Alert, Button, Card, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalendarOff, IconPrinter } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DayStepper } from '../../../components/DayStepper';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { parseDutchDate } from '../../../components/DateField';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { todayIso, wallClockOf } from '../../../format';
import { useMe } from '../../../session/SessionContext';
import { DayBookingsTable } from './DayBookingsTable';
import { DayStatusLine } from './DayStatusLine';
import classes from './DaySheet.module.css';

const NOTE_LINES = 8;

/** What only paper gets: whose sheet it is and for which day, and room to write the day's notes. */
function PrintHeader({ date }: { date: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { buildingName } = useMe();
  return (
    <div className={`print-only ${classes.printHeader}`}>
      <p className={classes.printHouse}>{buildingName || t('app.name')}</p>
      <p className={classes.printTitle}>{t('daySheet.printTitle', { date: f.dateLong(date) })}</p>
      <p className={classes.printed}>{t('daySheet.printedAt', { time: f.wallClock(wallClockOf(new Date())) })}</p>
    </div>
  );
}

function NotesSpace() {
  const { t } = useTranslation();
  return (
    <section className={`print-only ${classes.notes}`}>
      <h2>{t('daySheet.notesSpace')}</h2>
      {Array.from({ length: NOTE_LINES }, (_, i) => (
        <div key={i} className={classes.line} />
      ))}
    </section>
  );
}

/** The desk's day (#/dagoverzicht?datum=2026-11-24): the day is in the address, so it survives a reload and can be linked. */
export function DaySheetPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const date = parseDutchDate(params.get('datum') ?? '') ?? todayIso();
  const sheet = useApi('bookings.day', { date });
  const setDate = (d: string) => setParams(d === todayIso() ? {} : { datum: d }, { replace: true });

  return (
    <div className={classes.sheet}>
      <div className="screen-only">
        <PageHeader
          title={t('daySheet.title')}
          description={t('daySheet.intro')}
          actions={
            <Button
              variant="default"
              leftSection={<IconPrinter size={18} aria-hidden />}
              onClick={() => window.print()}
            >
              {t('common.print')}
            </Button>
          }
        />
      </div>
      <PrintHeader date={date} />
      <Stack gap="md">
        <div className="no-print">
          <DayStepper label={t('daySheet.date')} value={date} onChange={setDate} />
        </div>
        <QueryState query={sheet}>
          {(s) => (
            <Card withBorder radius="md" padding="lg">
              <Stack gap="md">
                <div>
                  <Text size="xl" fw={700} className="screen-only">
                    {f.dateLong(date)}
                  </Text>
                  <DayStatusLine day={s.day} />
                </div>
                {s.day.open.length === 0 && s.bookings.length > 0 && (
                  // Bookings survive a closure added later; the desk must check whether they still go ahead.
                  <Alert
                    variant="light"
                    color="orange"
                    icon={<IconAlertTriangle aria-hidden />}
                    title={t('daySheet.closedWithBookingsTitle')}
                  >
                    {t('daySheet.closedWithBookings')}
                  </Alert>
                )}
                <DayBookingsTable
                  sheet={s}
                  date={date}
                  empty={
                    <EmptyMessage
                      icon={<IconCalendarOff aria-hidden />}
                      title={t('daySheet.emptyTitle')}
                      description={s.day.open.length ? t('daySheet.emptyHelp') : t('daySheet.emptyClosed')}
                    />
                  }
                />
                {s.bookings.length > 0 && (
                  <Text size="sm" c="dimmed">
                    {t('daySheet.count', { count: s.bookings.length })}
                  </Text>
                )}
              </Stack>
            </Card>
          )}
        </QueryState>
      </Stack>
      <NotesSpace />
    </div>
  );
}
