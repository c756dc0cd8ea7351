import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import type { RegisterEntry } from '../privacyTypes';

/** How long a kind of data is kept, and whether the house set that period itself in the settings. */
function TermCell({ entry: e }: { entry: RegisterEntry }) {
  const { t } = useTranslation();
  const term =
    e.months === null
      ? // Mail has no period of its own but is still personal data: its term says it goes with the person.
        t(e.kind === 'email' ? 'privacy.register.kinds.email.term' : 'privacy.register.noTerm')
      : t(`privacy.register.kinds.${e.kind}.term`, { months: t('privacy.months', { count: e.months }) });
  return (
    <Text size="sm">
      {term}
      {e.inSettings && (
        <Text span c="dimmed" size="xs" display="block">
          {t('privacy.register.inSettings')}
        </Text>
      )}
    </Text>
  );
}

/** The register of processing itself: per kind of person what is kept, why, how long, and what stays after. */
export function RegisterTable({ entries }: { entries: RegisterEntry[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      label={t('privacy.register.title')}
      rows={entries}
      rowKey={(e) => e.kind}
      minWidth={960}
      columns={[
        {
          key: 'kind',
          header: t('privacy.register.kind'),
          render: (e) => (
            <Text fw={600} size="sm">
              {t(`privacy.register.kinds.${e.kind}.name`)}
            </Text>
          ),
        },
        {
          key: 'data',
          header: t('privacy.register.data'),
          render: (e) => <Text size="sm">{t(`privacy.register.kinds.${e.kind}.data`)}</Text>,
        },
        {
          key: 'purpose',
          header: t('privacy.register.purpose'),
          render: (e) => <Text size="sm">{t(`privacy.register.kinds.${e.kind}.purpose`)}</Text>,
        },
        { key: 'term', header: t('privacy.register.term'), render: (e) => <TermCell entry={e} /> },
        {
          key: 'keeps',
          header: t('privacy.register.keeps'),
          render: (e) => <Text size="sm">{t(`privacy.register.kinds.${e.kind}.keeps`)}</Text>,
        },
      ]}
    />
  );
}
