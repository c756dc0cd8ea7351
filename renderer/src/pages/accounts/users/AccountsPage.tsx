import { useState } from 'react';
import { ActionIcon, Button, Card, Tooltip } from '@mantine/core';
import { IconKey, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useMe, useSession } from '../../../session/SessionContext';
import { UsersTable } from './UsersTable';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';

type User = Output<'users.list'>[number];
type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;

export function AccountsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const users = useApi('users.list', {});
  const [dialog, setDialog] = useState<Dialog>(null);
  const { refreshMe } = useSession();
  const close = () => setDialog(null);
  const edited = (user: User) => () => {
    users.reload();
    // The header shows one's own name and role.
    if (user.id === me.user.id) void refreshMe().catch(() => undefined);
  };

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        description={t('accounts.intro')}
        actions={
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setDialog({ kind: 'create' })}>
            {t('accounts.add')}
          </Button>
        }
      />
      <Card withBorder radius="md" padding="lg">
        <QueryState query={users}>
          {(list) => (
            <UsersTable
              users={list}
              selfId={me.user.id}
              actions={(u) => (
                <>
                  <Tooltip label={t('common.edit')}>
                    <ActionIcon
                      variant="subtle"
                      size="lg"
                      aria-label={t('accounts.editOne', { name: u.name })}
                      onClick={() => setDialog({ kind: 'edit', user: u })}
                    >
                      <IconPencil size={18} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('accounts.resetSubmit')}>
                    <ActionIcon
                      variant="subtle"
                      size="lg"
                      aria-label={t('accounts.resetOne', { name: u.name })}
                      onClick={() => setDialog({ kind: 'reset', user: u })}
                    >
                      <IconKey size={18} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </>
              )}
            />
          )}
        </QueryState>
      </Card>
      {dialog?.kind === 'create' && <CreateUserModal onClose={close} onSaved={users.reload} />}
      {dialog?.kind === 'edit' && (
        <EditUserModal
          user={dialog.user}
          isSelf={dialog.user.id === me.user.id}
          onClose={close}
          onSaved={edited(dialog.user)}
        />
      )}
      {dialog?.kind === 'reset' && <ResetPasswordModal user={dialog.user} onClose={close} onSaved={users.reload} />}
    </>
  );
}
