import { Button, Group, TextInput } from '@mantine/core';
import { IconSearch, IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The name, e-mail address or phone number to look for, in everything the house keeps. */
export function PersonSearchForm({
  value,
  onChange,
  error,
  onSubmit,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | null | undefined;
  onSubmit: (e: React.FormEvent) => void;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('privacy.person.search')}
          description={t('privacy.person.searchHelp')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
          w={{ base: '100%', sm: 520 }}
        />
        <Button type="submit" leftSection={<IconUserSearch size={18} aria-hidden />}>
          {t('privacy.person.find')}
        </Button>
      </Group>
    </form>
  );
}
