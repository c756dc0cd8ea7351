import { useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconEdit, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  AUTO_CHECKS,
  SCHEMES,
  SCHEME_LABELS,
  eligibilityCriterionInput,
} from '../../../../../db/modules/budget/schemas';
import { call, type Input, type Output } from '../../../api/client';
import { FormModal } from '../../../components/FormModal';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { useApi } from '../../../hooks/useApi';
import { useApiForm } from '../../../hooks/useApiForm';

type Criterion = Output<'eligibility.criteria'>[number];
type Scheme = (typeof SCHEMES)[number];
interface Values {
  label: string;
  help: string;
  auto: '' | (typeof AUTO_CHECKS)[number];
  sortOrder: number | string;
  active: boolean;
}

function CriterionModal({
  scheme,
  criterion,
  onClose,
  onSaved,
}: {
  scheme: Scheme;
  criterion?: Criterion;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<
    Values,
    Input<'eligibility.createCriterion'> & { active: boolean }
  >({
    initialValues: criterion
      ? {
          label: criterion.label,
          help: criterion.help,
          auto: criterion.auto,
          sortOrder: criterion.sortOrder,
          active: criterion.active,
        }
      : { label: '', help: '', auto: '', sortOrder: 100, active: true },
    schema: eligibilityCriterionInput,
    toInput: (v) => ({
      scheme,
      label: v.label,
      help: v.help,
      auto: v.auto,
      sortOrder: v.sortOrder === '' ? 100 : Number(v.sortOrder),
      active: v.active,
    }),
    submit: ({ scheme: s, ...rest }) =>
      criterion
        ? call('eligibility.updateCriterion', { ...rest, id: criterion.id })
        : call('eligibility.createCriterion', { ...rest, scheme: s }),
    successMessage: t('budget.criterionSaved'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={criterion ? t('budget.editCheck') : t('budget.newCheck', { scheme: SCHEME_LABELS[scheme] })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
    >
      <TextInput label={t('budget.checkLabel')} withAsterisk data-autofocus {...form.getInputProps('label')} />
      <Textarea label={t('budget.checkHelp')} autosize minRows={2} {...form.getInputProps('help')} />
      <Group grow align="flex-start">
        <Select
          label={t('budget.autoCheck')}
          description={t('budget.autoCheckHelp')}
          allowDeselect={false}
          data={[
            { value: '', label: t('budget.auto.none') },
            ...AUTO_CHECKS.map((k) => ({ value: k, label: t(`budget.auto.${k}`) })),
          ]}
          {...form.getInputProps('auto')}
        />
        <NumberInput
          label={t('budget.sortOrder')}
          description={t('budget.sortOrderHelp')}
          min={0}
          max={1000}
          allowDecimal={false}
          {...form.getInputProps('sortOrder')}
        />
      </Group>
      {criterion && (
        <Checkbox
          label={t('budget.checkActive')}
          description={t('budget.checkActiveHelp')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      )}
    </FormModal>
  );
}

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
          {(rows) => (
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
                        onClick={() => setEditing(c)}
                      >
                        {t('common.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
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
