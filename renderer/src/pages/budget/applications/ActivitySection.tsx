import {
  Checkbox,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PRIORITY_GROUPS } from '../../../../../db/modules/budget/schemas';
import type { Output } from '../../../api/client';
import { DateField } from '../../../components/DateField';
import { SectionCard } from '../../../components/SectionCard';
import type { ApplicationMantineForm } from './applicationForm';
import { ReachFields } from './ReachFields';

type Room = Output<'rooms.list'>[number];

/** What the activity is and what it is for, whom it reaches, and when and where it takes place. */
export function ActivitySection({ form, rooms }: { form: ApplicationMantineForm; rooms: Room[] | undefined }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('applications.activity')}>
      <Stack gap="sm">
        <TextInput label={t('applications.titleLabel')} withAsterisk {...form.getInputProps('title')} />
        <Textarea label={t('applications.description')} autosize minRows={3} {...form.getInputProps('description')} />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Textarea label={t('applications.goals')} autosize minRows={2} {...form.getInputProps('goals')} />
          <Textarea
            label={t('applications.contribution')}
            autosize
            minRows={2}
            {...form.getInputProps('contribution')}
          />
        </SimpleGrid>
        <Textarea
          label={t('applications.complementarity')}
          autosize
          minRows={1}
          {...form.getInputProps('complementarity')}
        />
        <GroupsAndReach form={form} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <DateField label={t('applications.startDate')} clearable {...form.getInputProps('startDate')} />
          <DateField label={t('applications.endDate')} clearable {...form.getInputProps('endDate')} />
          <Select
            label={t('applications.room')}
            clearable
            data={(rooms ?? []).map((r) => ({ value: String(r.id), label: r.name }))}
            {...form.getInputProps('roomId')}
          />
          <TextInput label={t('applications.otherLocation')} {...form.getInputProps('location')} />
        </SimpleGrid>
      </Stack>
    </SectionCard>
  );
}

/** The priority groups, the expected reach per group, participants, meetings and whether it recurs. */
function GroupsAndReach({ form }: { form: ApplicationMantineForm }) {
  const { t } = useTranslation();
  return (
    <>
      <Checkbox.Group label={t('applications.priorityGroups')} {...form.getInputProps('priorityGroups')}>
        <Group mt={4}>
          {PRIORITY_GROUPS.map((g) => (
            <Checkbox key={g} value={g} label={t(`applications.priority.${g}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <ReachFields
        label={t('applications.expectedReach')}
        inputProps={(k) => form.getInputProps(`expectedReach.${k}`)}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          min={0}
          allowDecimal={false}
          label={t('applications.expectedParticipants')}
          {...form.getInputProps('expectedParticipants')}
        />
        <NumberInput
          min={0}
          allowDecimal={false}
          label={t('applications.expectedMeetings')}
          {...form.getInputProps('expectedMeetings')}
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="recurrence-label">
            {t('applications.recurrence')}
          </Text>
          <SegmentedControl
            aria-labelledby="recurrence-label"
            data={[
              { value: 'eenmalig', label: t('applications.once') },
              { value: 'terugkerend', label: t('applications.recurring') },
            ]}
            {...form.getInputProps('recurrence')}
          />
        </div>
      </SimpleGrid>
    </>
  );
}
