import { ActionIcon, Autocomplete, Box, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LAYOUT_SUGGESTIONS } from './layouts';
import type { RoomValues } from './roomForm';

/** Capacity per layout: a room holds more people in rows (theater) than around a table (vergadering). */
export function LayoutsField({ form }: { form: UseFormReturnType<RoomValues> }) {
  const { t } = useTranslation();
  const listError = form.errors.layouts;
  return (
    <Box component="fieldset" p={0} m={0} style={{ border: 0 }}>
      <Text component="legend" fw={500} size="sm">
        {t('rooms.layouts')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('rooms.layoutsHelp')}
      </Text>
      <Stack gap={6}>
        {form.values.layouts.map((_, i) => (
          <Group key={form.key(`layouts.${i}`)} gap="xs" align="flex-start" wrap="nowrap">
            <Autocomplete
              label={t('rooms.layoutN', { n: i + 1 })}
              labelProps={{ className: 'sr-only' }}
              placeholder={t('rooms.layoutPlaceholder')}
              data={LAYOUT_SUGGESTIONS}
              style={{ flex: 2 }}
              {...form.getInputProps(`layouts.${i}.layout`)}
            />
            <NumberInput
              label={t('rooms.capacityN', { n: i + 1 })}
              labelProps={{ className: 'sr-only' }}
              placeholder={t('rooms.people')}
              suffix={` ${t('rooms.peopleShort')}`}
              allowDecimal={false}
              style={{ flex: 1 }}
              {...form.getInputProps(`layouts.${i}.capacity`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={2}
              aria-label={t('rooms.removeLayout', { n: i + 1 })}
              onClick={() => form.removeListItem('layouts', i)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {form.values.layouts.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('rooms.noLayouts')}
          </Text>
        )}
      </Stack>
      {listError && (
        <Text c="red.9" size="sm" mt={4} role="alert">
          {listError}
        </Text>
      )}
      <Button
        variant="subtle"
        size="compact-sm"
        mt="xs"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => form.insertListItem('layouts', { layout: '', capacity: '' })}
      >
        {t('rooms.addLayout')}
      </Button>
    </Box>
  );
}
