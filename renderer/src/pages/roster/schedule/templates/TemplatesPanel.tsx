import { useState } from 'react';
import { ActionIcon, Badge, Button, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCalendarPlus, IconCalendarRepeat, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../../components/DataTable';
import { EmptyMessage } from '../../../../components/EmptyMessage';
import { QueryState } from '../../../../components/QueryState';
import { useApi } from '../../../../hooks/useApi';
import { useFormat } from '../../../../hooks/useFormat';
import type { Template, VolunteerRole } from '../../shared/types';
import { GenerateModal } from './GenerateModal';
import { TemplateModal } from './TemplateModal';

/** "ma, wo, vr" — or "ma–vr" for the usual working week. */
function useWeekdaysText() {
  const f = useFormat();
  return (days: readonly number[]) =>
    days.join() === '1,2,3,4,5'
      ? `${f.weekday(1, 'short')}–${f.weekday(5, 'short')}`
      : days.map((d) => f.weekday(d, 'short')).join(', ');
}

export function TemplatesPanel({
  roles,
  onShiftsChanged,
}: {
  roles: readonly VolunteerRole[];
  onShiftsChanged: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const weekdaysText = useWeekdaysText();
  const templates = useApi('roster.templates', {});
  // undefined: closed; null: adding; a template: editing it.
  const [editing, setEditing] = useState<Template | null | undefined>(undefined);
  // undefined: closed; 0: all templates; an id: that template.
  const [generating, setGenerating] = useState<number | undefined>(undefined);
  const changed = () => {
    templates.reload();
    onShiftsChanged();
  };
  const add = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(null)}>
      {t('roster.templates.add')}
    </Button>
  );

  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Text c="dimmed" size="sm" maw={640}>
            {t('roster.templates.intro')}
          </Text>
          <Group gap="sm">
            {add}
            <Button
              variant="default"
              leftSection={<IconCalendarRepeat size={18} aria-hidden />}
              onClick={() => setGenerating(0)}
              disabled={!templates.data?.length}
            >
              {t('roster.generate.title')}
            </Button>
          </Group>
        </Group>
        <QueryState query={templates}>
          {(list) => (
            <DataTable
              label={t('roster.templates.title')}
              minWidth={860}
              rows={list}
              rowKey={(x) => x.id}
              empty={
                <EmptyMessage
                  icon={<IconCalendarRepeat aria-hidden />}
                  title={t('roster.templates.emptyTitle')}
                  description={t('roster.templates.emptyHelp')}
                  action={add}
                />
              }
              columns={[
                {
                  key: 'name',
                  header: t('roster.templates.name'),
                  render: (x) => (
                    <div>
                      <Text fw={600} size="sm" c={x.active ? undefined : 'dimmed'}>
                        {x.name}
                      </Text>
                      {!x.active && (
                        <Badge size="sm" variant="light" color="gray">
                          {t('roster.templates.inactive')}
                        </Badge>
                      )}
                    </div>
                  ),
                },
                { key: 'days', header: t('roster.templates.weekdays'), render: (x) => weekdaysText(x.weekdays) },
                {
                  key: 'time',
                  header: t('roster.time'),
                  render: (x) => <span style={{ whiteSpace: 'nowrap' }}>{`${x.startTime}–${x.endTime}`}</span>,
                },
                {
                  key: 'period',
                  header: t('roster.templates.period'),
                  render: (x) =>
                    x.validUntil
                      ? f.dateRange(x.validFrom, x.validUntil)
                      : t('roster.templates.fromOn', { date: f.date(x.validFrom) }),
                },
                {
                  key: 'needs',
                  header: t('roster.needs.label'),
                  render: (x) => x.needs.map((n) => `${n.count} × ${n.roleName}`).join(', '),
                },
                {
                  key: 'actions',
                  header: t('common.actions'),
                  screenOnly: true,
                  render: (x) => (
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('common.edit')}>
                        <ActionIcon
                          variant="subtle"
                          size="lg"
                          aria-label={t('roster.templates.editOne', { name: x.name })}
                          onClick={() => setEditing(x)}
                        >
                          <IconPencil size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      {x.active && (
                        <Tooltip label={t('roster.generate.title')}>
                          <ActionIcon
                            variant="subtle"
                            size="lg"
                            aria-label={t('roster.generate.forOne', { name: x.name })}
                            onClick={() => setGenerating(x.id)}
                          >
                            <IconCalendarPlus size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Stack>
      {editing !== undefined && (
        <TemplateModal
          template={editing ?? undefined}
          roles={roles}
          onClose={() => setEditing(undefined)}
          onSaved={changed}
        />
      )}
      {generating !== undefined && templates.data && (
        <GenerateModal
          templates={templates.data}
          templateId={generating || undefined}
          onClose={() => setGenerating(undefined)}
          onDone={onShiftsChanged}
        />
      )}
    </Card>
  );
}
