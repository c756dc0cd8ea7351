import { Code, List, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { InfoList } from '../../../components/InfoList';
import { useFormat } from '../../../hooks/useFormat';
import { StateBadge } from './stateBadge';

/** A message as the beheerder reads it: who, why, its state and history, its text and the names of its attachments. */
export function MessageDetails({ message: m }: { message: Output<'outbox.get'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
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
    </>
  );
}
