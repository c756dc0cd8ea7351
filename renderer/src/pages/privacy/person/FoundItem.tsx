import { Anchor, Badge, Checkbox, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FoundRecord } from '../privacyTypes';
import { recordPage } from './recordPages';

/** One found record: select it, see what erasure it allows and why, and open the page where it is corrected. */
export function FoundItem({
  record: r,
  checked,
  onToggle,
}: {
  record: FoundRecord;
  checked: boolean;
  onToggle: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <Checkbox
        checked={checked}
        onChange={(e) => onToggle(e.currentTarget.checked)}
        label={<Text fw={500}>{r.title}</Text>}
        description={
          <>
            {r.detail} · #{r.id}
            {r.options.note && (
              <Text span display="block" size="xs" c={r.options.scopes.length ? 'orange.9' : 'red.9'}>
                {r.options.note}
              </Text>
            )}
          </>
        }
        aria-label={t('privacy.person.select', { title: r.title })}
      />
      <Group gap="xs" wrap="nowrap">
        {r.anonymised === 'volledig' && <Badge color="gray">{t('privacy.person.anonymised')}</Badge>}
        {r.anonymised === 'contact' && (
          <Badge color="gray" variant="light">
            {t('privacy.person.contactRemoved')}
          </Badge>
        )}
        {!r.anonymised && r.options.scopes.length === 0 && (
          <Badge color="red" variant="light">
            {t('privacy.person.refused')}
          </Badge>
        )}
        {!r.anonymised && r.options.scopes.length === 1 && r.options.scopes[0] === 'contact' && (
          <Badge color="orange" variant="light">
            {t('privacy.person.onlyContact')}
          </Badge>
        )}
        <Anchor
          component={Link}
          to={recordPage(r)}
          size="sm"
          aria-label={t('privacy.person.openOne', { title: r.title })}
        >
          {t('privacy.person.open')}
        </Anchor>
      </Group>
    </Group>
  );
}
