import { useState } from 'react';
import { Button, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconEdit, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SCHEMES, SCHEME_LABELS } from '../../../../../db/modules/budget/schemas';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { useApi } from '../../../hooks/useApi';
import { CriterionModal, type Criterion, type Scheme } from './CriterionModal';

/** The eligibility checklist per scheme, configurable: points, explanation, which ones the data can judge, on or off. */
export function EligibilityCriteria() {
  const { t } = useTranslation();
  const [scheme, setScheme] = useState<Scheme>('lokaal_budget');
  const [editing, setEditing] = useState<Criterion | 'new' | null>(null);
  const criteria = useApi('eligibility.criteria', { scheme, includeInactive: true });
  return (
    <SectionCard
      title={t('budget.checklistTitle')}
      aside={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing('new')}
        >
          {t('budget.addCheck')}
        </Button>
      }
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('budget.checklistIntro')}
        </Text>
        <SegmentedControl
          aria-label={t('budget.report.scheme')}
          value={scheme}
          onChange={(v) => setScheme(v as Scheme)}
          data={SCHEMES.map((s) => ({ value: s, label: SCHEME_LABELS[s] }))}
          w="fit-content"
        />
        <QueryState query={criteria}>
          {(rows) => <CriteriaTable scheme={scheme} rows={rows} onEdit={setEditing} />}
        </QueryState>
      </Stack>
      {editing && (
        <CriterionModal
          key={scheme}
          scheme={scheme}
          criterion={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={criteria.reload}
        />
      )}
    </SectionCard>
  );
}

function CriteriaTable({
  scheme,
  rows,
  onEdit,
}: {
  scheme: Scheme;
  rows: Criterion[];
  onEdit: (criterion: Criterion) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table aria-label={t('budget.checklistOf', { scheme: SCHEME_LABELS[scheme] })}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('budget.checkLabel')}</Table.Th>
          <Table.Th scope="col">{t('budget.autoCheck')}</Table.Th>
          <Table.Th scope="col">{t('applications.statusLabel')}</Table.Th>
          <Table.Th scope="col">
            <span className="sr-only">{t('common.actions')}</span>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Text size="sm">{c.label}</Text>
              {c.help && (
                <Text size="xs" c="dimmed">
                  {c.help}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{c.auto ? t(`budget.auto.${c.auto}`) : '—'}</Table.Td>
            <Table.Td>
              <Text size="sm" c={c.active ? undefined : 'dimmed'}>
                {c.active ? t('budget.active') : t('budget.inactive')}
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconEdit size={16} aria-hidden />}
                aria-label={t('budget.editCheckNamed', { label: c.label })}
                onClick={() => onEdit(c)}
              >
                {t('common.edit')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
