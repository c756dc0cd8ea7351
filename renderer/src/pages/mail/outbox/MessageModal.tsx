import { Button, Code, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconPaperclip, IconSend, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { InfoList } from '../../../components/InfoList';
import { QueryState } from '../../../components/QueryState';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { StateBadge } from './stateBadge';

/** One message to read: its text, attachments and history, with Opnieuw versturen or Annuleren where they apply. */
export function MessageModal({ id, onClose, onChanged }: { id: number; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
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
            <InfoList
              items={[
                { label: t('mail.outbox.subject'), value: m.subject },
                { label: t('mail.outbox.to'), value: m.toName ? `${m.toName} <${m.toAddress}>` : m.toAddress },
                { label: t('mail.outbox.reason'), value: m.reasonTitle },
                { label: t('mail.outbox.state'), value: <StateBadge state={m.state} /> },
                { label: t('mail.outbox.createdAt'), value: f.wallClock(m.createdAt) },
                { label: t('mail.outbox.attempts'), value: String(m.attempts) },
                ...(m.sentAt ? [{ label: t('mail.outbox.sentAt'), value: f.wallClock(m.sentAt) }] : []),
                ...(m.lastError ? [{ label: t('mail.outbox.lastError'), value: m.lastError }] : []),
                ...(m.serverAnswer ? [{ label: t('mail.outbox.serverAnswer'), value: m.serverAnswer }] : []),
                { label: t('mail.outbox.messageId'), value: <Code>{m.messageId}</Code> },
              ]}
            />
            <div>
              <Text fw={600} mb={4}>
                {t('mail.outbox.text')}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }} p="sm" bg="var(--mantine-color-gray-0)">
                {m.text}
              </Text>
            </div>
            <div>
              <Text fw={600} mb={4}>
                {t('mail.outbox.attachments')}
              </Text>
              {m.attachments.length === 0 ? (
                <Text c="dimmed">{t('mail.outbox.noAttachments')}</Text>
              ) : (
                <List icon={<IconPaperclip size={16} aria-hidden />} spacing={4}>
                  {m.attachments.map((a, i) => (
                    <List.Item key={i}>
                      {a.filename}
                      {a.size !== null && ` (${f.fileSize(a.size)})`}
                    </List.Item>
                  ))}
                </List>
              )}
            </div>
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
