import { Alert, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { formatTime } from '../../../format';
import type { Kind } from './ChecklistForm';

type Run = Output<'checklists.runs'>[number];

/** What was recorded today for one checklist: who, when, and each point left undone with its reason. */
export function RunsList({ kind, runs }: { kind: Kind; runs: Run[] }) {
  const { t } = useTranslation();
  const mine = runs.filter((r) => r.kind === kind);
  if (mine.length === 0) {
    return <Text c="dimmed">{t(`checklists.notYet.${kind}`)}</Text>;
  }
  return (
    <Stack gap="sm">
      {mine.map((run) => {
        const skipped = run.items.filter((i) => !i.done);
        return (
          <Alert
            key={run.id}
            color={skipped.length ? 'orange' : 'green'}
            variant="light"
            icon={<IconCircleCheck aria-hidden />}
            title={t(`today.recorded.${kind}`, { name: run.userName, time: formatTime(run.at.slice(11, 16)) })}
          >
            {skipped.length === 0 ? (
              <Text size="sm">{t('checklists.allDone')}</Text>
            ) : (
              <>
                <Text size="sm" fw={600}>
                  {t('checklists.notDone', { count: skipped.length })}
                </Text>
                <List size="sm" spacing={2}>
                  {skipped.map((i) => (
                    <List.Item key={i.label}>
                      {i.label}: <em>{i.reason}</em>
                    </List.Item>
                  ))}
                </List>
              </>
            )}
            {run.note && (
              <Text size="sm" mt={6} style={{ whiteSpace: 'pre-line' }}>
                {t('checklists.noteLine', { note: run.note })}
              </Text>
            )}
          </Alert>
        );
      })}
    </Stack>
  );
}
