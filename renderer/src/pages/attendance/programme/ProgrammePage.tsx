import { useState } from 'react';
import { Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconCalendarDown, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { saveFile } from '../../../components/saveFile';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { WeekStepper } from '../../../components/WeekStepper';
import { mondayOf, todayIso } from '../../../format';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { ProgrammeSheet, type Layout } from './ProgrammeSheet';

/**
 * The paper size follows the chosen layout. The rule lives in this view only (it is removed with
 * the page), and comes after print.css's A4 default, so it wins while the programme is open.
 */
function PageSize({ layout }: { layout: Layout }) {
  const css = layout === 'poster' ? '@page { size: A4; margin: 14mm; }' : '@page { size: A5; margin: 9mm; }';
  return <style media="print">{css}</style>;
}

export function ProgrammePage() {
  const { t } = useTranslation();
  const [monday, setMonday] = useState(() => mondayOf(todayIso()));
  const [layout, setLayout] = useState<Layout>('poster');
  const week = useApi('programme.week', { date: monday });
  const { busy, run, alert } = useAction();

  const ical = () =>
    run('ical', async () => {
      const file = await call('programme.ical');
      saveFile(file.fileName, { text: file.content }, 'text/calendar;charset=utf-8');
    });

  return (
    <>
      <PageSize layout={layout} />
      <div className="no-print">
        <PageHeader
          title={t('programme.title')}
          description={t('programme.intro')}
          alert={alert}
          actions={
            <>
              <Button
                variant="default"
                leftSection={<IconCalendarDown size={18} aria-hidden />}
                loading={busy === 'ical'}
                onClick={() => void ical()}
              >
                {t('programme.ical')}
              </Button>
              <Button
                leftSection={<IconPrinter size={18} aria-hidden />}
                onClick={() => window.print()}
                disabled={!week.data}
              >
                {t('common.print')}
              </Button>
            </>
          }
        />
      </div>
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg" className="no-print">
          <Group align="flex-end" gap="lg" wrap="wrap">
            <WeekStepper value={monday} onChange={setMonday} />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="programme-layout">
                {t('programme.layout')}
              </Text>
              <SegmentedControl
                aria-labelledby="programme-layout"
                value={layout}
                onChange={(l) => setLayout(l as Layout)}
                data={[
                  { value: 'poster', label: t('programme.poster') },
                  { value: 'flyer', label: t('programme.flyer') },
                ]}
              />
            </Stack>
          </Group>
          <Text size="sm" mt="sm">
            {t('programme.help')}
          </Text>
        </Card>
        <QueryState query={week}>{(w) => <ProgrammeSheet week={w} layout={layout} />}</QueryState>
      </Stack>
    </>
  );
}
