import { useState } from 'react';
import { Button, Checkbox, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { checklistRunInput } from '../../../../../db/modules/beheer/schemas';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';

export type Kind = 'opening' | 'sluiting';
export type ChecklistItem = Output<'checklists.items'>[number];

interface Values {
  items: { itemId: number; label: string; done: boolean; reason: string }[];
  note: string;
}

const blank = (items: ChecklistItem[]): Values => ({
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
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Input<'checklists.record'>>({
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
        {form.values.items.map((item, i) => {
          const reasonPath = `items.${i}.reason`;
          const showReason =
            !item.done && (explaining.has(item.itemId) || item.reason !== '' || Boolean(form.errors[reasonPath]));
          return (
            <Paper key={item.itemId} withBorder p="md" radius="md" bg={item.done ? 'green.0' : undefined}>
              <Group align="flex-start" gap="md" wrap="wrap">
                <Checkbox
                  size="lg"
                  label={item.label}
                  styles={{ label: { fontSize: 'var(--mantine-font-size-lg)' } }}
                  style={{ flex: '1 1 16rem' }}
                  {...form.getInputProps(`items.${i}.done`, { type: 'checkbox' })}
                />
                {showReason ? (
                  <TextInput
                    label={t('checklists.reason')}
                    aria-label={t('checklists.reasonFor', { item: item.label })}
                    withAsterisk
                    style={{ flex: '1 1 16rem' }}
                    autoFocus={explaining.has(item.itemId) && item.reason === ''}
                    {...form.getInputProps(reasonPath)}
                  />
                ) : (
                  !item.done && (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      mt={4}
                      onClick={() => setExplaining((prev) => new Set(prev).add(item.itemId))}
                      aria-label={t('checklists.notDoneOne', { item: item.label })}
                    >
                      {t('checklists.notDoneButton')}
                    </Button>
                  )
                )}
              </Group>
              {form.errors[`items.${i}.itemId`] && (
                <Text c="red.9" size="sm" mt={4} role="alert">
                  {form.errors[`items.${i}.itemId`]}
                </Text>
              )}
            </Paper>
          );
        })}
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
