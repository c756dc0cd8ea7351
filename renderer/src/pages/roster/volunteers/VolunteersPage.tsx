import { useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useApi } from '../../../hooks/useApi';
import { ProfilePage } from '../profile/ProfilePage';
import { AlertsPanel } from './AlertsPanel';
import { RegisterCard, useRegister } from './RegisterCard';
import { RolesCard } from './RolesCard';
import { VolunteerModal } from './VolunteerModal';

function Register() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const roles = useApi('volunteers.roles', { includeInactive: true });
  const alerts = useApi('volunteers.certificateAlerts', {});
  const register = useRegister();
  const [adding, setAdding] = useState(false);

  const add = (
    <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setAdding(true)} disabled={!roles.data}>
      {t('volunteers.add')}
    </Button>
  );
  const rolesChanged = () => {
    roles.reload();
    alerts.reload();
    register.volunteers.reload();
  };

  return (
    <>
      <PageHeader title={t('volunteers.title')} description={t('volunteers.intro')} actions={add} />
      <Stack gap="lg">
        {/* Only when something needs arranging: an "all in order" card would push the register down for nothing. */}
        {alerts.data && alerts.data.expiring.length + alerts.data.missingVog.length > 0 && (
          <AlertsPanel alerts={alerts.data} />
        )}
        <RegisterCard register={register} roles={roles.data ?? []} addButton={add} />
        <RolesCard roles={roles} onChanged={rolesChanged} />
      </Stack>
      {adding && roles.data && (
        <VolunteerModal
          roles={roles.data}
          onClose={() => setAdding(false)}
          onSaved={(v) => {
            // The new person's profile is where certificates and absences are added next.
            void navigate(`/vrijwilligers/${v.id}`);
          }}
        />
      )}
    </>
  );
}

/** #/vrijwilligers is the register; #/vrijwilligers/12 the profile of one volunteer. */
export function VolunteersPage() {
  const { id } = useParams();
  return id && /^\d+$/.test(id) ? <ProfilePage key={id} volunteerId={Number(id)} /> : <Register />;
}
