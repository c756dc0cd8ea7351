import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Member } from './types';

/** A member's roles as small badges: chair, secretary, resident, wijkraad, advisory. */
export function MemberBadges({ member }: { member: Member }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {member.isChair && (
        <Badge size="sm" variant="default" style={{ textTransform: 'none' }}>
          {t('committee.chair')}
        </Badge>
      )}
      {member.isSecretary && (
        <Badge size="sm" variant="default" style={{ textTransform: 'none' }}>
          {t('committee.secretary')}
        </Badge>
      )}
      {member.isResident && (
        <Badge size="sm" variant="default" style={{ textTransform: 'none' }}>
          {t('committee.resident')}
        </Badge>
      )}
      {member.isWijkraad && (
        <Badge size="sm" variant="default" style={{ textTransform: 'none' }}>
          {t('committee.wijkraad')}
        </Badge>
      )}
      {!member.voting && (
        <Badge size="sm" variant="default" style={{ textTransform: 'none' }}>
          {t('committee.advisory')}
        </Badge>
      )}
    </Group>
  );
}
