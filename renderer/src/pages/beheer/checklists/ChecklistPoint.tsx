import { Button, Checkbox, Group, Paper, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ChecklistValues } from './ChecklistForm';

/**
 * One point of the checklist: ticked, or not done with the reason next to it. The reason box shows
 * once "Niet gedaan" is pressed, once a reason is typed, or when the form was sent without one.
 */
export function ChecklistPoint({
  form,
  index: i,
  explaining,
  onExplain,
}: {
  form: UseFormReturnType<ChecklistValues>;
  index: number;
  explaining: boolean;
  onExplain: () => void;
}) {
  const { t } = useTranslation();
  const item = form.values.items[i]!;
  const reasonPath = `items.${i}.reason`;
  const showReason = !item.done && (explaining || item.reason !== '' || Boolean(form.errors[reasonPath]));
  return (
    <Paper withBorder p="md" radius="md" bg={item.done ? 'green.0' : undefined}>
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
            autoFocus={explaining && item.reason === ''}
            {...form.getInputProps(reasonPath)}
          />
        ) : (
          !item.done && (
            <Button
              variant="subtle"
              size="compact-sm"
              mt={4}
              onClick={onExplain}
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
}
