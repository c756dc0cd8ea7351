import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';

/**
 * For a commissie account that is not a sitting member: why the applications and meetings are empty, and what to
 * ask the beheerder (issue 18: the member saw "Geen aanvragen gevonden" and did not know why).
 */
export function NotLinkedNotice() {
  const me = useMe();
  return me.user.role === 'commissie' ? <Notice /> : null;
}

function Notice() {
  const { t } = useTranslation();
  const committee = useApi('committee.members', {});
  const member = committee.data?.me;
  if (!committee.data || member?.sitting) return null;
  const key = member ? 'notSitting' : 'notLinked';
  return (
    <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />} title={t(`committee.${key}`)} mb="md">
      {t(`committee.${key}Text`)}
    </Alert>
  );
}
