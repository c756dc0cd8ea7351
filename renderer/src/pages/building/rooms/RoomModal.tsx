import { Checkbox, ColorInput, NumberInput, SimpleGrid, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { FACILITIES, roomInput } from '../../../../../db/modules/building/roomSchemas';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { DEFAULT_COLOR, emptyRoom, toRoomInput, valuesOf, type Room, type RoomValues } from './roomForm';
import { LayoutsField } from './LayoutsField';

/** Distinct, saturated colours that stay readable as a calendar block behind white text. */
const SWATCHES = [
  '#c2255c',
  '#e8590c',
  '#2f9e44',
  '#1971c2',
  '#5f3dc4',
  '#0c8599',
  '#862e9c',
  '#5c940d',
  '#d6336c',
  '#495057',
];

/** Add (room undefined) or edit a room. Mounted per opening, so it starts from the right values. */
export function RoomModal({ room, onClose, onSaved }: { room?: Room; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<RoomValues, ReturnType<typeof toRoomInput>>({
    initialValues: room ? valuesOf(room) : emptyRoom(),
    schema: roomInput,
    toInput: toRoomInput,
    submit: (input) => (room ? call('rooms.update', { id: room.id, ...input }) : call('rooms.create', input)),
    successMessage: room ? t('rooms.updated') : t('rooms.created'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });

  return (
    <FormModal
      opened
      onClose={onClose}
      title={room ? t('rooms.editTitle', { name: room.name }) : t('rooms.add')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={room ? t('common.save') : t('rooms.addSubmit')}
    >
      <TextInput label={t('rooms.name')} required data-autofocus {...form.getInputProps('name')} />
      <Textarea label={t('rooms.description')} autosize minRows={2} {...form.getInputProps('description')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          label={t('rooms.floor')}
          placeholder={t('rooms.floorPlaceholder')}
          {...form.getInputProps('floor')}
        />
        <NumberInput label={t('rooms.area')} suffix=" m²" allowDecimal={false} {...form.getInputProps('areaM2')} />
      </SimpleGrid>
      <LayoutsField form={form} />
      <TagsInput
        label={t('rooms.facilities')}
        description={t('rooms.facilitiesHelp')}
        data={[...FACILITIES]}
        clearable
        {...form.getInputProps('facilities')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NumberInput
          label={t('rooms.changeover')}
          description={t('rooms.changeoverHelp')}
          suffix={` ${t('rooms.minutesShort')}`}
          allowDecimal={false}
          {...form.getInputProps('changeoverMinutes')}
        />
        <ColorInput
          label={t('rooms.color')}
          description={t('rooms.colorHelp')}
          format="hex"
          withEyeDropper={false}
          swatches={SWATCHES}
          swatchesPerRow={10}
          placeholder={DEFAULT_COLOR}
          {...form.getInputProps('color')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('rooms.wheelchair')}
        description={t('rooms.wheelchairHelp')}
        {...form.getInputProps('wheelchairAccessible', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
