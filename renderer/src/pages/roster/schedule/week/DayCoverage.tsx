import { Alert, List } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../../hooks/useApi';
import { useFormat } from '../../../../hooks/useFormat';
import { useCoverageWords } from '../../shared/coverage';

/**
 * The day a coverage gap linked to (#/rooster?dag=…): what the building lacks then, above the week,
 * so the coordinator sees which shift needs a BHV'er or key holder without going back to the list.
 */
export function DayCoverage({ date }: { date: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const words = useCoverageWords();
  const gaps = useApi('roster.coverage', { from: date, to: date });
  if (!gaps.data?.length) return null;
  const list = new Intl.ListFormat(f.locale, { type: 'conjunction' });
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconShieldExclamation aria-hidden />}
      title={t('roster.coverage.dayTitle', { date: f.dateLong(date) })}
    >
      <List size="sm" spacing={2}>
        {gaps.data.map((g) => (
          <List.Item key={g.start}>
            {t('roster.coverage.dayLine', {
              from: g.start,
              to: g.end,
              missing: list.format(words.missing(g)),
              why: words.why(g).toLowerCase(),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
