import { SimpleGrid, Stack } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { HolderCard } from './HolderCard';
import { RentersWithKeyRights } from './RentersWithKeyRights';
import type { Holders } from './types';

/** Per person: what each holder has now, and the renters allowed to hold a key (with or without one). */
export function HoldersList({ holders, onHistory }: { holders: Holders; onHistory: (holderName: string) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {holders.holders.length === 0 ? (
        <EmptyMessage icon={<IconUsers aria-hidden />} title={t('keys.noHolders')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {holders.holders.map((h) => (
            <HolderCard key={h.holderName} holder={h} onHistory={onHistory} />
          ))}
        </SimpleGrid>
      )}
      <RentersWithKeyRights holders={holders} />
    </Stack>
  );
}
