import { Button } from '@mantine/core';
import { IconCalendarDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { saveFile } from '../../../components/saveFile';
import type { Action } from '../../../hooks/useAction';

/**
 * The volunteer's shifts (a month back, three ahead) as an .ics file to put in their own calendar or mail to them.
 * In the page header: the page places `action.alert` for a refused download.
 */
export function IcalButton({ volunteerId, action }: { volunteerId: number; action: Action }) {
  const { t } = useTranslation();
  const { busy, run } = action;
  const download = () =>
    run('ical', async () => {
      const file = await call('roster.ical', { volunteerId });
      saveFile(file.fileName, { text: file.content }, 'text/calendar;charset=utf-8');
    });
  return (
    <Button
      variant="default"
      leftSection={<IconCalendarDown size={18} aria-hidden />}
      loading={busy === 'ical'}
      onClick={() => void download()}
    >
      {t('volunteers.profile.ical')}
    </Button>
  );
}
