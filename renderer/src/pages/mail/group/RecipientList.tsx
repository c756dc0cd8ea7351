import type { ReactNode } from 'react';
import { Group, Stack, Text } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';

export interface RecipientRow {
  key: string | number;
  name: string;
  email: string;
  /** Why this person gets nothing; null when the message goes to them. */
  skipped: 'geen_adres' | 'wil_geen' | null;
  /** A column of its own (the number of shifts). */
  detail?: ReactNode;
}

/**
 * Who will get a message before it is sent: the count, then each person with their address, and plainly who gets
 * nothing and why (no address, or no optional messages wanted), so the sender can phone them instead.
 */
export function RecipientList({
  rows,
  label,
  detailHeader,
}: {
  rows: RecipientRow[];
  label: string;
  detailHeader?: string;
}) {
  const { t } = useTranslation();
  const sending = rows.filter((r) => r.skipped === null).length;
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Text fw={600} data-testid="recipient-count">
          {t('mail.recipients.count', { count: sending })}
        </Text>
        {rows.length > sending && (
          <Text c="dimmed" size="sm">
            {t('mail.recipients.notSent', { count: rows.length - sending })}
          </Text>
        )}
      </Group>
      <DataTable
        label={label}
        rows={rows}
        rowKey={(r) => r.key}
        minWidth={480}
        empty={<Text c="dimmed">{t('mail.recipients.nobody')}</Text>}
        columns={[
          { key: 'name', header: t('mail.recipients.name'), render: (r) => r.name },
          {
            key: 'email',
            header: t('mail.recipients.email'),
            render: (r) =>
              r.skipped === 'geen_adres' ? (
                <Group gap={6} wrap="nowrap">
                  <IconMailOff size={18} color="var(--mantine-color-orange-9)" aria-hidden />
                  <Text size="sm" fw={600} c="orange.9">
                    {t('mail.recipients.noAddress')}
                  </Text>
                </Group>
              ) : (
                <Stack gap={0}>
                  <Text size="sm">{r.email}</Text>
                  {r.skipped === 'wil_geen' && (
                    <Text size="xs" c="dimmed">
                      {t('mail.recipients.optedOut')}
                    </Text>
                  )}
                </Stack>
              ),
          },
          ...(detailHeader
            ? [{ key: 'detail', header: detailHeader, numeric: true, render: (r: RecipientRow) => r.detail }]
            : []),
        ]}
      />
    </Stack>
  );
}
