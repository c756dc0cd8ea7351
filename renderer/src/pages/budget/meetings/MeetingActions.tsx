import { Button } from '@mantine/core';
import { IconDoorExit, IconFileText, IconNotes } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Meeting } from './types';
import { MeetingMail } from './MeetingMail';

/** The meeting's documents, and for the secretary of an opened meeting: close it. */
export function MeetingActions({ meeting: m, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation();
  const canRecord = m.me?.canRecord ?? false;
  return (
    <>
      <Button
        component={Link}
        to={`/vergaderingen/${m.id}/agenda`}
        variant="default"
        leftSection={<IconFileText size={18} aria-hidden />}
      >
        {t('meetings.agendaPack')}
      </Button>
      <Button
        component={Link}
        to={`/vergaderingen/${m.id}/notulen`}
        variant="default"
        leftSection={<IconNotes size={18} aria-hidden />}
      >
        {t('meetings.minutes')}
      </Button>
      <MeetingMail meeting={m} />
      {canRecord && m.status === 'geopend' && (
        <Button color="dark" leftSection={<IconDoorExit size={18} aria-hidden />} onClick={onClose}>
          {t('meetings.close')}
        </Button>
      )}
    </>
  );
}
