import type { ReactNode } from 'react';
import { ActionIcon, Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconCalendarPlus, IconCalendarRepeat, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../../components/DataTable';
import { EmptyMessage } from '../../../../components/EmptyMessage';
import { useFormat } from '../../../../hooks/useFormat';
import type { Template } from '../../shared/types';

/** "ma, wo, vr" — or "ma–vr" for the usual working week. */
function useWeekdaysText() {
  const f = useFormat();
  return (days: readonly number[]) =>
    days.join() === '1,2,3,4,5'
      ? `${f.weekday(1, 'short')}–${f.weekday(5, 'short')}`
      : days.map((d) => f.weekday(d, 'short')).join(', ');
}

function TemplateName({ template: x }: { template: Template }) {
  const { t } = useTranslation();
  return (
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
  );
}

/** Edit a template; an active one can also make its shifts for a period. */
function TemplateButtons({
  template: x,
  onEdit,
  onGenerate,
}: {
  template: Template;
  onEdit: (x: Template) => void;
  onGenerate: (id: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('common.edit')}>
        <ActionIcon
          variant="subtle"
          size="lg"
          aria-label={t('roster.templates.editOne', { name: x.name })}
          onClick={() => onEdit(x)}
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
            onClick={() => onGenerate(x.id)}
          >
            <IconCalendarPlus size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

export function TemplatesTable({
  templates,
  add,
  onEdit,
  onGenerate,
}: {
  templates: Template[];
  /** The "add a template" button, offered again when there are none. */
  add: ReactNode;
  onEdit: (x: Template) => void;
  onGenerate: (id: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const weekdaysText = useWeekdaysText();
  return (
    <DataTable
      label={t('roster.templates.title')}
      minWidth={860}
      rows={templates}
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
        { key: 'name', header: t('roster.templates.name'), render: (x) => <TemplateName template={x} /> },
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
          render: (x) => <TemplateButtons template={x} onEdit={onEdit} onGenerate={onGenerate} />,
        },
      ]}
    />
  );
}
