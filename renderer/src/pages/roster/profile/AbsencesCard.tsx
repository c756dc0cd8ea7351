import { useState } from 'react';
import { ActionIcon, Button, Group, List, Text, Tooltip } from '@mantine/core';
import { IconPlaneDeparture, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import type { Absence } from '../shared/types';
import { AbsenceModal } from './AbsenceModal';

/** Absences from today on; past ones no longer matter for planning. */
export function AbsencesCard({ volunteerId, onChanged }: { volunteerId: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const absences = useApi('volunteers.absences', { volunteerId });
  const [adding, setAdding] = useState(false);
  const { busy, run, alert } = useAction();
  const changed = () => {
    absences.reload();
    onChanged();
  };
  const remove = (id: number) =>
    run(
      `absence-${id}`,
      async () => {
        await call('volunteers.deleteAbsence', { id });
        changed();
      },
      t('volunteers.absences.deleted'),
    );

  return (
    <SectionCard
      title={t('volunteers.absences.title')}
      icon={<IconPlaneDeparture size={22} aria-hidden />}
      aside={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setAdding(true)}
        >
          {t('volunteers.absences.add')}
        </Button>
      }
    >
      <QueryState query={absences}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('volunteers.absences.none')}
            </Text>
          ) : (
            <List spacing="xs" listStyleType="none">
              {(list as Absence[]).map((a) => {
                const period = f.dateRange(a.fromDate, a.toDate);
                return (
                  <List.Item key={a.id}>
                    <Group gap="xs" wrap="nowrap" justify="space-between">
                      <Text size="sm">
                        <strong>{period}</strong>
                        {a.reason && ` · ${a.reason}`}
                      </Text>
                      <Tooltip label={t('common.delete')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          size="lg"
                          loading={busy === `absence-${a.id}`}
                          aria-label={t('volunteers.absences.deleteOne', { period })}
                          onClick={() => void remove(a.id)}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </List.Item>
                );
              })}
            </List>
          )
        }
      </QueryState>
      {alert}
      {adding && <AbsenceModal volunteerId={volunteerId} onClose={() => setAdding(false)} onSaved={changed} />}
    </SectionCard>
  );
}
