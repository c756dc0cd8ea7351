import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifySuccess } from '../../../notify';
import type { Meeting } from './types';

/**
 * "Uitnodiging mailen" for a planned meeting with an agenda, "Notulen mailen" for a closed one: a step taken on
 * purpose, asked first, since every sitting member gets a message.
 */
export function MeetingMail({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const kind = m.status === 'gepland' && m.items.length > 0 ? 'invitation' : m.status === 'gesloten' ? 'minutes' : null;
  if (!(m.me?.canRecord ?? false) || !kind) return null;
  const label = t(`meetings.mail.${kind}`);
  return (
    <>
      <Button variant="default" leftSection={<IconMail size={18} aria-hidden />} onClick={() => setAsking(true)}>
        {label}
      </Button>
      <ConfirmModal
        opened={asking}
        onClose={() => setAsking(false)}
        title={label}
        confirmLabel={label}
        onConfirm={async () => {
          const r = await call(kind === 'invitation' ? 'meetings.mailInvitation' : 'meetings.mailMinutes', {
            id: m.id,
          });
          notifySuccess(
            [
              t('meetings.mail.sent', { count: r.sent.length }),
              r.withoutAddress.length ? t('meetings.mail.withoutAddress', { names: r.withoutAddress.join(', ') }) : '',
            ]
              .filter(Boolean)
              .join(' '),
          );
        }}
      >
        {t(`meetings.mail.${kind}Confirm`)}
      </ConfirmModal>
    </>
  );
}
