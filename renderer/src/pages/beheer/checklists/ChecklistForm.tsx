import { useState } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { checklistRunInput } from '../../../../../db/modules/beheer/schemas';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';
import { ChecklistPoint } from './ChecklistPoint';

export type Kind = 'opening' | 'sluiting';
export type ChecklistItem = Output<'checklists.items'>[number];

export interface ChecklistValues {
  items: { itemId: number; label: string; done: boolean; reason: string }[];
  note: string;
}

const blank = (items: ChecklistItem[]): ChecklistValues => ({
  items: items.map((i) => ({ itemId: i.id, label: i.label, done: false, reason: '' })),
  note: '',
});

/**
 * Every point ticked, or a reason why not. The reason box appears next to a point when someone says
 * it was not done, or when the form is sent with the point unticked: then the core's (and the
 * schema's) message "Geef een reden…" stands in that box, so "not done" is never silent.
 */
export function ChecklistForm({
  kind,
  items,
  onRecorded,
}: {
  kind: Kind;
  items: ChecklistItem[];
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  // Points whose "Niet gedaan" was pressed; their reason box shows before any error does.
  const [explaining, setExplaining] = useState<ReadonlySet<number>>(new Set());
  const { form, handleSubmit, formError, submitting } = useApiForm<ChecklistValues, Input<'checklists.record'>>({
    initialValues: blank(items),
    schema: checklistRunInput,
    toInput: (v) => ({
      kind,
      items: v.items.map(({ itemId, done, reason }) => ({ itemId, done, reason })),
      note: v.note,
    }),
    submit: (input) => call('checklists.record', input),
    successMessage: t(`checklists.recorded.${kind}`),
    onSuccess: () => {
      form.setValues(blank(items));
      form.resetDirty();
      setExplaining(new Set());
      onRecorded();
    },
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t(`checklists.formLabel.${kind}`)}>
      <Stack gap="sm">
        <FormAlert message={formError} />
        {form.values.items.map((item, i) => (
          <ChecklistPoint
            key={item.itemId}
            form={form}
            index={i}
            explaining={explaining.has(item.itemId)}
            onExplain={() => setExplaining((prev) => new Set(prev).add(item.itemId))}
          />
        ))}
        {form.errors.items && (
          <Text c="red.9" size="sm" role="alert">
            {form.errors.items}
          </Text>
        )}
        <Textarea
          label={t('checklists.note')}
          description={t('checklists.noteHelp')}
          autosize
          minRows={2}
          {...form.getInputProps('note')}
        />
        <Group>
          <Button type="submit" size="md" loading={submitting} leftSection={<IconDeviceFloppy size={20} aria-hidden />}>
            {t(`checklists.submit.${kind}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
