import { ActionIcon, Badge, Burger, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconLock, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMe, useSession } from '../session/SessionContext';
import { LanguageSwitch } from './LanguageSwitch';

/** A button with its text on wide windows and just its icon (with the same name) on narrow ones. */
function HeaderAction({ label, icon, onClick }: { label: string; icon: React.ReactNode; onClick: () => void }) {
  return (
    <>
      <Button variant="default" leftSection={icon} onClick={onClick} visibleFrom="md">
        {label}
      </Button>
      <Tooltip label={label}>
        <ActionIcon variant="default" size="lg" aria-label={label} onClick={onClick} hiddenFrom="md">
          {icon}
        </ActionIcon>
      </Tooltip>
    </>
  );
}

export function HeaderBar({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav: () => void }) {
  const { t } = useTranslation();
  const { user, buildingName } = useMe();
  const { lock, logout } = useSession();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? t('shell.closeMenu') : t('shell.openMenu')}
        />
        <Text fw={700} size="lg" truncate="end" c="wijk.9">
          {buildingName || t('app.name')}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Group gap={6} wrap="nowrap" visibleFrom="sm">
          <Text size="sm" fw={600}>
            {user.name}
          </Text>
          <Badge variant="light" color="wijk">
            {t(`roles.${user.role}`)}
          </Badge>
        </Group>
        <LanguageSwitch />
        <HeaderAction label={t('shell.lock')} icon={<IconLock size={18} aria-hidden />} onClick={() => void lock()} />
        <HeaderAction
          label={t('shell.logout')}
          icon={<IconLogout size={18} aria-hidden />}
          onClick={() => void logout()}
        />
      </Group>
    </Group>
  );
}
