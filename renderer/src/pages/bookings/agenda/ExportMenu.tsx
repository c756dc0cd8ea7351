import { Button, Menu } from '@mantine/core';
import { IconBuildingCommunity, IconDoor, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { saveFile } from '../../../components/saveFile';
import type { Action } from '../../../hooks/useAction';
import type { Room } from './types';

/**
 * The agenda as an .ics file for Outlook, Google or Thunderbird: the whole house or one room. In the page header:
 * the page places `action.alert` for a refused export.
 */
export function ExportMenu({ rooms, action }: { rooms: readonly Room[]; action: Action }) {
  const { t } = useTranslation();
  const { busy, run } = action;
  const exportIcs = (roomId: number | null) =>
    void run(
      'ical',
      async () => {
        const file = await call('bookings.ical', { roomId });
        saveFile(file.fileName, { text: file.content }, 'text/calendar;charset=utf-8');
      },
      t('agenda.exported'),
    );
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} loading={busy !== null}>
          {t('agenda.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconBuildingCommunity size={16} aria-hidden />} onClick={() => exportIcs(null)}>
          {t('agenda.exportHouse')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('agenda.exportRoom')}</Menu.Label>
        {rooms.map((r) => (
          <Menu.Item key={r.id} leftSection={<IconDoor size={16} aria-hidden />} onClick={() => exportIcs(r.id)}>
            {r.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
