import { NumberInput, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REACH_KEYS } from '../../../../../db/modules/budget/schemas';

/** Residents reached per priority group: expected on the application, actual in the accountability report. */
export function ReachFields({ label, inputProps }: { label: string; inputProps: (key: string) => object }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {REACH_KEYS.map((k) => (
          <NumberInput key={k} min={0} allowDecimal={false} label={t(`applications.reach.${k}`)} {...inputProps(k)} />
        ))}
      </SimpleGrid>
    </>
  );
}
