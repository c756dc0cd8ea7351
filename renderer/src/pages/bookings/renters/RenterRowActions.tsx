import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/useAction';
import type { Renter } from './renterForm';

/** An active renter is edited (once the categories are there) or archived; an archived one can only be brought back. */
export function RenterRowActions({
  renter,
  canOpen,
  onEdit,
  onArchive,
  onRestored,
}: {
  renter: Renter;
  canOpen: boolean;
  onEdit: (renter: Renter) => void;
  onArchive: (renter: Renter) => void;
  onRestored: () => void;
}) {
  const { t } = useTranslation();
  if (!renter.active) return <RestoreRenterButton renter={renter} onRestored={onRestored} />;
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('common.edit')}>
        <ActionIcon
          variant="subtle"
          size="lg"
          aria-label={t('renters.editOne', { name: renter.name })}
          onClick={() => onEdit(renter)}
          disabled={!canOpen}
        >
          <IconPencil size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('renters.archive')}>
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          aria-label={t('renters.archiveOne', { name: renter.name })}
          onClick={() => onArchive(renter)}
        >
          <IconArchive size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

function RestoreRenterButton({ renter, onRestored }: { renter: Renter; onRestored: () => void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const restore = () =>
    run(
      `restore-${renter.id}`,
      async () => {
        await call('renters.restore', { id: renter.id });
        onRestored();
      },
      t('renters.restored', { name: renter.name }),
    );
  return (
    <Button
      variant="light"
      size="xs"
      leftSection={<IconArrowBackUp size={16} aria-hidden />}
      loading={busy === `restore-${renter.id}`}
      onClick={() => void restore()}
      aria-label={t('renters.restoreOne', { name: renter.name })}
    >
      {t('renters.restore')}
    </Button>
  );
}
