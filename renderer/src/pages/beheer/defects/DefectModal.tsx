import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { DEFECT_PRIORITIES, defectInput } from '../../../../../db/modules/beheer/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { todayIso } from '../../../format';
import { useMe } from '../../../session/SessionContext';
import { RoomPlaceFields } from '../shared/RoomPlaceFields';
import { roomIdOf } from '../shared/useRoomOptions';

type Values = Omit<Input<'defects.create'>, 'roomId' | 'place'> & { roomId: string | null; place: string };

/** "Storing melden": whoever notices it, the desk too. Reported by starts as the signed-in person. */
export function DefectModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { user } = useMe();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Input<'defects.create'>>({
    initialValues: {
      title: '',
      description: '',
      roomId: null,
      place: '',
      reportedBy: user.name,
      reportedTo: '',
      priority: 'normaal',
      reportedOn: todayIso(),
      notes: '',
    },
    schema: defectInput,
    toInput: (v) => ({ ...v, roomId: roomIdOf(v.roomId) }),
    submit: (input) => call('defects.create', input),
    successMessage: t('defects.created'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('defects.report')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={t('defects.reportSubmit')}
    >
      <TextInput
        label={t('defects.titleField')}
        description={t('defects.titleHelp')}
        required
        data-autofocus
        {...form.getInputProps('title')}
      />
      <Textarea label={t('defects.description')} autosize minRows={2} {...form.getInputProps('description')} />
      <RoomPlaceFields form={form} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('defects.priority')}
          required
          allowDeselect={false}
          data={DEFECT_PRIORITIES.map((p) => ({ value: p, label: t(`defects.priorities.${p}`) }))}
          {...form.getInputProps('priority')}
        />
        <DateField label={t('defects.reportedOn')} required clearable={false} {...form.getInputProps('reportedOn')} />
        <TextInput label={t('defects.reportedBy')} required {...form.getInputProps('reportedBy')} />
        <TextInput
          label={t('defects.reportedTo')}
          description={t('defects.reportedToHelp')}
          {...form.getInputProps('reportedTo')}
        />
      </SimpleGrid>
      <Textarea label={t('defects.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
