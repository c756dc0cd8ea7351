import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../api/client';
import { ProfileView } from './profile/ProfileView';
import { HoursView } from './hours/HoursView';
import { ClosuresTable } from './closures/ClosuresTable';

/** What "Afdrukken" puts on paper: the profile, both sets of hours and the closures, on one sheet. */
export function BuildingSheet({
  building,
  hours,
  closures,
}: {
  building: Output<'building.get'>;
  hours: Output<'hours.get'>;
  closures: Output<'closures.list'>;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <section>
        <Title order={2} mb="sm">
          {building.name}
        </Title>
        <ProfileView building={building} />
      </section>
      <section>
        <Title order={2} mb="sm">
          {t('building.tabHours')}
        </Title>
        <HoursView hours={hours} />
      </section>
      <section>
        <Title order={2} mb="sm">
          {t('closures.title')}
        </Title>
        <ClosuresTable closures={closures} />
      </section>
    </Stack>
  );
}
