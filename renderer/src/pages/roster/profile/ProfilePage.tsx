import { useState } from 'react';
import { Anchor, Button, Grid, Stack } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { AvailabilityGrid, slotKey } from '../shared/AvailabilityGrid';
import { thisYear } from '../shared/YearSelect';
import { StatusBadge } from '../shared/StatusBadge';
import type { Output } from '../../../api/client';
import { VolunteerModal } from '../volunteers/VolunteerModal';
import { AbsencesCard } from './AbsencesCard';
import { AllowancesCard } from './AllowancesCard';
import { CertificatesCard } from './CertificatesCard';
import { ContactCard } from './ContactCard';
import { HoursCard } from './HoursCard';
import { IcalButton } from './IcalButton';
import { PersonalCard } from './PersonalCard';
import { UpcomingCard } from './UpcomingCard';

type ProfileData = Output<'volunteers.profile'>;

function Profile({ profile, onChanged }: { profile: ProfileData; onChanged: () => void }) {
  const { t } = useTranslation();
  const roles = useApi('volunteers.roles', { includeInactive: true });
  const [editing, setEditing] = useState(false);
  const [year, setYear] = useState(thisYear);
  const ical = useAction();
  const v = profile.volunteer;
  return (
    <>
      <PageHeader
        title={v.name}
        description={<StatusBadge status={v.status} />}
        actions={
          <>
            <Button
              leftSection={<IconPencil size={18} aria-hidden />}
              onClick={() => setEditing(true)}
              disabled={!roles.data}
            >
              {t('common.edit')}
            </Button>
            <IcalButton volunteerId={v.id} action={ical} />
          </>
        }
        alert={ical.alert}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="lg">
            <ContactCard volunteer={v} />
            <SectionCard title={t('volunteers.fields.availability')}>
              <AvailabilityGrid
                label={t('volunteers.fields.availability')}
                hideLabel
                value={v.availability.map((a) => slotKey(a.weekday, a.daypart))}
              />
            </SectionCard>
            <CertificatesCard volunteerId={v.id} certificates={profile.certificates} onChanged={onChanged} />
            <AbsencesCard volunteerId={v.id} onChanged={onChanged} />
            {v.personal && <PersonalCard personal={v.personal} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="lg">
            <UpcomingCard volunteerId={v.id} shifts={profile.upcoming} />
            <HoursCard volunteerId={v.id} name={v.name} year={year} onYear={setYear} onChanged={onChanged} />
            <AllowancesCard volunteerId={v.id} name={v.name} year={year} />
          </Stack>
        </Grid.Col>
      </Grid>
      {editing && roles.data && (
        <VolunteerModal volunteer={v} roles={roles.data} onClose={() => setEditing(false)} onSaved={onChanged} />
      )}
    </>
  );
}

/** #/vrijwilligers/12: everything about one volunteer, with the register one click back. */
export function ProfilePage({ volunteerId }: { volunteerId: number }) {
  const { t } = useTranslation();
  const profile = useApi('volunteers.profile', { id: volunteerId });
  return (
    <>
      <Anchor
        component={Link}
        to="/vrijwilligers"
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
        className="no-print"
      >
        <IconArrowLeft size={16} aria-hidden />
        {t('volunteers.profile.back')}
      </Anchor>
      <QueryState query={profile}>{(p) => <Profile profile={p} onChanged={profile.reload} />}</QueryState>
    </>
  );
}
