import { ActionIcon, Box, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { emptyFollowup, type IncidentValues } from './incidentForm';

/** What still has to happen after the incident, by whom, and by when: any number of rows. */
export function FollowupsField({ form }: { form: UseFormReturnType<IncidentValues> }) {
  const { t } = useTranslation();
  return (
    <Box>
      <Text fw={500} size="sm">
        {t('incidents.followups')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('incidents.followupsHelp')}
      </Text>
      <Stack gap="sm">
        {form.values.followups.map((_, i) => {
          const legend = t('incidents.followupN', { n: i + 1 });
          return (
            <Fieldset key={form.key(`followups.${i}`)} legend={legend} radius="md" p="sm">
              <Group align="flex-start" gap="xs" wrap="wrap">
                <TextInput
                  label={t('incidents.followupAction')}
                  required
                  style={{ flex: '2 1 14rem' }}
                  {...form.getInputProps(`followups.${i}.action`)}
                />
                <TextInput
                  label={t('incidents.followupOwner')}
                  required
                  style={{ flex: '1 1 9rem' }}
                  {...form.getInputProps(`followups.${i}.owner`)}
                />
                <DateField
                  label={t('incidents.followupDue')}
                  required
                  style={{ flex: '1 1 9rem' }}
                  {...form.getInputProps(`followups.${i}.dueDate`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mt={27}
                  aria-label={t('incidents.removeFollowup', { n: i + 1 })}
                  onClick={() => form.removeListItem('followups', i)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Fieldset>
          );
        })}
      </Stack>
      <Button
        variant="subtle"
        size="compact-sm"
        mt="xs"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => form.insertListItem('followups', emptyFollowup())}
      >
        {t('incidents.addFollowup')}
      </Button>
    </Box>
  );
}
