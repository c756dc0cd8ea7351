import { ActionIcon, Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import type { RoundValues } from './roundForm';

type RoundForm = UseFormReturnType<RoundValues>;

/** When applications may come in, and when the activities must take place. */
export function RoundDateFields({ form }: { form: RoundForm }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
      <DateField label={t('budget.opensOn')} withAsterisk clearable={false} {...form.getInputProps('opensOn')} />
      <DateField label={t('budget.closesOn')} withAsterisk clearable={false} {...form.getInputProps('closesOn')} />
      <DateField
        label={t('budget.executionFrom')}
        withAsterisk
        clearable={false}
        {...form.getInputProps('executionFrom')}
      />
      <DateField
        label={t('budget.executionTo')}
        withAsterisk
        clearable={false}
        {...form.getInputProps('executionTo')}
      />
    </SimpleGrid>
  );
}

/** The round's scoring criteria: name, description and maximum score, added and removed in the dialog. */
export function RoundCriteriaFields({ form }: { form: RoundForm }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('budget.criteriaTitle')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('budget.criteriaHelp')}
      </Text>
      {form.errors.criteria && (
        <Text c="red" size="sm" role="alert">
          {form.errors.criteria}
        </Text>
      )}
      {form.values.criteria.map((_, i) => (
        <Group key={form.key(`criteria.${i}`)} align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('budget.criterionName', { n: i + 1 })}
            withAsterisk
            {...form.getInputProps(`criteria.${i}.name`)}
          />
          <TextInput
            style={{ flex: 2 }}
            label={t('budget.criterionDescription')}
            {...form.getInputProps(`criteria.${i}.description`)}
          />
          <NumberInput
            w={110}
            min={1}
            max={10}
            allowDecimal={false}
            label={t('budget.maxScore')}
            {...form.getInputProps(`criteria.${i}.maxScore`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mb={6}
            aria-label={t('budget.removeCriterion', { n: i + 1 })}
            onClick={() => form.removeListItem('criteria', i)}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('criteria', { id: null, name: '', description: '', maxScore: 5 })}
        >
          {t('budget.addCriterion')}
        </Button>
      </Group>
    </Stack>
  );
}
