import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EraseScope } from '../../../../../db/modules/privacy/schemas';
import type { FoundRecord } from '../privacyTypes';

/** One record to erase: how far, when it allows a choice, and the core's reasons if it refused. */
export function EraseTarget({
  record: r,
  index: i,
  scope,
  onScope,
  errors,
}: {
  record: FoundRecord;
  index: number;
  scope: EraseScope | undefined;
  onScope: (scope: EraseScope) => void;
  errors: string[] | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text fw={500} id={`erase-${i}`}>
        {t(`privacy.person.types.${r.type}`)}: {r.title}
      </Text>
      {r.options.scopes.length > 1 ? (
        <SegmentedControl
          aria-labelledby={`erase-${i}`}
          value={scope}
          onChange={(v) => onScope(v as EraseScope)}
          data={r.options.scopes.map((s) => ({ value: s, label: t(`privacy.person.scopes.${s}`) }))}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t(`privacy.person.scopes.${r.options.scopes[0]!}`)}
          {r.options.note ? ` – ${r.options.note}` : ''}
        </Text>
      )}
      {errors?.map((m) => (
        <Text key={m} size="sm" c="red.8" role="alert">
          {m}
        </Text>
      ))}
    </Stack>
  );
}
