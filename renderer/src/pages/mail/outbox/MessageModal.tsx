import { Button, Group, Modal, Stack } from '@mantine/core';
import { IconSend, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { QueryState } from '../../../components/QueryState';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { MessageDetails } from './MessageDetails';

/** One message to read: its text, attachments and history, with Opnieuw versturen or Annuleren where they apply. */
export function MessageModal({ id, onClose, onChanged }: { id: number; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const message = useApi('outbox.get', { id });
  const action = useAction();
  const act = async (method: 'outbox.resend' | 'outbox.cancel', success: string) => {
    const done = await action.run(method, () => call(method, { id }), success);
    if (done) {
      message.reload();
      onChanged();
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('mail.outbox.messageTitle')} size="lg">
      <QueryState query={message}>
        {(m) => (
          <Stack gap="md">
            <MessageDetails message={m} />
            {action.alert}
            <Group justify="flex-end">
              {(m.state === 'mislukt' || m.state === 'geannuleerd') && !m.erased && (
                <Button
                  leftSection={<IconSend size={18} aria-hidden />}
                  loading={action.busy === 'outbox.resend'}
                  onClick={() => void act('outbox.resend', t('mail.outbox.resent'))}
                >
                  {t('mail.outbox.resend')}
                </Button>
              )}
              {m.state === 'wacht' && (
                <Button
                  color="red"
                  variant="light"
                  leftSection={<IconX size={18} aria-hidden />}
                  loading={action.busy === 'outbox.cancel'}
                  onClick={() => void act('outbox.cancel', t('mail.outbox.cancelled'))}
                >
                  {t('mail.outbox.cancel')}
                </Button>
              )}
              <Button variant="default" onClick={onClose}>
                {t('mail.outbox.close')}
              </Button>
            </Group>
          </Stack>
        )}
      </QueryState>
    </Modal>
  );
}
