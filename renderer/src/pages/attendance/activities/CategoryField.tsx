import { useState } from 'react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { toApiCallError, useApi } from '../../../hooks/useApi';

interface CategoryFieldProps {
  value: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
}

/** The category select, with a new category added in place (the core refuses a name that exists). */
export function CategoryField({ value, onChange, error }: CategoryFieldProps) {
  const { t } = useTranslation();
  const categories = useApi('activities.categories', {});
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rows = (categories.data ?? []) as { id: number; name: string }[];

  const add = async () => {
    setBusy(true);
    setAddError(null);
    try {
      const created = await call('activities.createCategory', { name });
      categories.reload();
      onChange(String(created.id));
      setAdding(false);
      setName('');
    } catch (e) {
      setAddError(toApiCallError(e).fieldErrors.name?.[0] ?? toApiCallError(e).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap={6}>
      <Select
        label={t('activities.category')}
        required
        searchable
        data={rows.map((c) => ({ value: String(c.id), label: c.name }))}
        value={value}
        onChange={onChange}
        error={error}
        nothingFoundMessage={t('activities.noCategory')}
      />
      {adding ? (
        <Group align="flex-start" gap="xs">
          <TextInput
            label={t('activities.newCategory')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={addError}
            style={{ flex: 1 }}
            onKeyDown={(e) => {
              // Enter would submit the whole activity form; here it means "add this category".
              if (e.key === 'Enter') {
                e.preventDefault();
                void add();
              }
            }}
          />
          <Button mt={25} loading={busy} onClick={() => void add()}>
            {t('activities.addCategorySubmit')}
          </Button>
        </Group>
      ) : (
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => setAdding(true)}
        >
          {t('activities.addCategory')}
        </Button>
      )}
    </Stack>
  );
}
