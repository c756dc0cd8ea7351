import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useRoomOptions } from './useRoomOptions';

interface WhereValues {
  roomId: string | null;
  place: string;
}

/** Where something happened or is broken: one of the rooms, a place outside them (the entrance, the square), or both. */
export function RoomPlaceFields<V extends WhereValues>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation();
  const rooms = useRoomOptions();
  // The form's own type is wider than these two fields; both paths exist in every form that uses this.
  const f = form as unknown as UseFormReturnType<WhereValues>;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }}>
      <Select
        label={t('beheer.room')}
        placeholder={t('beheer.roomPlaceholder')}
        data={rooms}
        clearable
        searchable
        {...f.getInputProps('roomId')}
      />
      <TextInput label={t('beheer.place')} placeholder={t('beheer.placeHelp')} {...f.getInputProps('place')} />
    </SimpleGrid>
  );
}
