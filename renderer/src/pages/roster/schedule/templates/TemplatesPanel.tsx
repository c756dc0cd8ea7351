import { useState } from 'react';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconCalendarRepeat, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../../components/QueryState';
import { useApi } from '../../../../hooks/useApi';
import type { Template, VolunteerRole } from '../../shared/types';
import { GenerateModal } from './GenerateModal';
import { TemplateModal } from './TemplateModal';
import { TemplatesTable } from './TemplatesTable';

export function TemplatesPanel({
  roles,
  onShiftsChanged,
}: {
  roles: readonly VolunteerRole[];
  onShiftsChanged: () => void;
}) {
  const { t } = useTranslation();
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
          {(list) => <TemplatesTable templates={list} add={add} onEdit={setEditing} onGenerate={setGenerating} />}
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
