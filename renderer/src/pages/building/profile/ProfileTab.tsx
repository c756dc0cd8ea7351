import { Card } from '@mantine/core';
import type { Output } from '../../../api/client';
import { ProfileForm } from './ProfileForm';
import { ProfileView } from './ProfileView';

export function ProfileTab({
  building,
  canEdit,
  onSaved,
}: {
  building: Output<'building.get'>;
  canEdit: boolean;
  onSaved: () => void;
}) {
  return (
    <Card withBorder radius="md" padding="lg" maw={860}>
      {canEdit ? <ProfileForm building={building} onSaved={onSaved} /> : <ProfileView building={building} />}
    </Card>
  );
}
