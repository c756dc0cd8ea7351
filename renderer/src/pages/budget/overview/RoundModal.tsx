import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SCHEMES, SCHEME_LABELS, roundInput } from '../../../../../db/modules/budget/schemas';
import { call, type Input, type Output } from '../../../api/client';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { MoneyInput, centsToEuros, eurosToCents, type MoneyValue } from '../../../components/MoneyInput';
import { useApiForm } from '../../../hooks/useApiForm';

type Year = Output<'budget.years'>[number];
type Round = Year['rounds'][number];

interface Values {
  yearId: string | null;
  name: string;
  scheme: (typeof SCHEMES)[number];
  opensOn: string;
  closesOn: string;
  /** Euros as typed, under the method's keys so the core's errors land on these inputs. */
  minCents: MoneyValue;
  maxCents: MoneyValue;
  ceilingCents: MoneyValue;
  executionFrom: string;
  executionTo: string;
  wijken: string[];
  description: string;
  criteria: { id: number | null; name: string; description: string; maxScore: number | string }[];
}

function valuesOf(year: Year, round?: Round): Values {
  if (!round) {
    return {
      yearId: String(year.id),
      name: '',
      scheme: 'lokaal_budget',
      opensOn: `${year.year}-01-01`,
      closesOn: `${year.year}-12-31`,
      minCents: '',
      maxCents: '',
      ceilingCents: centsToEuros(Math.max(0, year.unallocatedCents)),
      executionFrom: `${year.year}-01-01`,
      executionTo: `${year.year}-12-31`,
      wijken: [],
      description: '',
      criteria: [],
    };
  }
  return {
    yearId: String(round.yearId),
    name: round.name,
    scheme: round.scheme,
    opensOn: round.opensOn,
    closesOn: round.closesOn,
    minCents: centsToEuros(round.minCents),
    maxCents: centsToEuros(round.maxCents),
    ceilingCents: centsToEuros(round.ceilingCents),
    executionFrom: round.executionFrom,
    executionTo: round.executionTo,
    wijken: round.wijken,
    description: round.description,
    criteria: round.criteria.map((c) => ({ ...c, id: c.id })),
  };
}

/** A round of a year budget: scheme, submission window, amounts per application, ceiling, execution period, wijken and criteria. */
export function RoundModal({
  year,
  years,
  round,
  onClose,
  onSaved,
}: {
  year: Year;
  years: Year[];
  round?: Round;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const locked = round !== undefined && Object.values(round.counts).some((n) => (n ?? 0) > 0);
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Input<'budget.createRound'>>({
    initialValues: valuesOf(year, round),
    schema: roundInput,
    toInput: (v) => ({
      ...v,
      yearId: Number(v.yearId),
      minCents: eurosToCents(v.minCents) as number,
      maxCents: eurosToCents(v.maxCents) as number,
      ceilingCents: eurosToCents(v.ceilingCents) as number,
      criteria: v.criteria.map((c) => ({
        ...c,
        maxScore: c.maxScore === '' ? (undefined as unknown as number) : Number(c.maxScore),
      })),
    }),
    submit: (input) =>
      round ? call('budget.updateRound', { ...input, id: round.id }) : call('budget.createRound', input),
    successMessage: round ? t('budget.roundSaved') : t('budget.roundCreated'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={round ? t('budget.editRound', { name: round.name }) : t('budget.newRound', { year: year.year })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      size="xl"
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('budget.roundName')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t('budget.report.scheme')}
          withAsterisk
          allowDeselect={false}
          disabled={locked}
          description={locked ? t('budget.schemeLocked') : undefined}
          data={SCHEMES.map((s) => ({ value: s, label: SCHEME_LABELS[s] }))}
          {...form.getInputProps('scheme')}
        />
        <Select
          label={t('budget.year')}
          allowDeselect={false}
          disabled={locked}
          data={years.map((y) => ({ value: String(y.id), label: String(y.year) }))}
          {...form.getInputProps('yearId')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <DateField label={t('budget.opensOn')} withAsterisk clearable={false} {...form.getInputProps('opensOn')} />
        <DateField label={t('budget.closesOn')} withAsterisk clearable={false} {...form.getInputProps('closesOn')} />
        <DateField
          label={t('budget.executionFrom')}
          withAsterisk
          clearable={false}
          {...form.getInputProps('executionFrom')}
        />
        <DateField
          label={t('budget.executionTo')}
          withAsterisk
          clearable={false}
          {...form.getInputProps('executionTo')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <MoneyInput label={t('budget.minAmount')} withAsterisk {...form.getInputProps('minCents')} />
        <MoneyInput label={t('budget.maxAmount')} withAsterisk {...form.getInputProps('maxCents')} />
        <MoneyInput
          label={t('budget.ledger.ceiling')}
          withAsterisk
          description={t('budget.ceilingHelp')}
          {...form.getInputProps('ceilingCents')}
        />
      </SimpleGrid>
      <TagsInput label={t('budget.wijken')} description={t('budget.wijkenHelp')} {...form.getInputProps('wijken')} />
      <Textarea label={t('budget.roundDescription')} autosize minRows={2} {...form.getInputProps('description')} />
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('budget.criteriaTitle')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('budget.criteriaHelp')}
        </Text>
        {form.errors.criteria && (
          <Text c="red" size="sm" role="alert">
            {form.errors.criteria}
          </Text>
        )}
        {form.values.criteria.map((_, i) => (
          <Group key={form.key(`criteria.${i}`)} align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('budget.criterionName', { n: i + 1 })}
              withAsterisk
              {...form.getInputProps(`criteria.${i}.name`)}
            />
            <TextInput
              style={{ flex: 2 }}
              label={t('budget.criterionDescription')}
              {...form.getInputProps(`criteria.${i}.description`)}
            />
            <NumberInput
              w={110}
              min={1}
              max={10}
              allowDecimal={false}
              label={t('budget.maxScore')}
              {...form.getInputProps(`criteria.${i}.maxScore`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mb={6}
              aria-label={t('budget.removeCriterion', { n: i + 1 })}
              onClick={() => form.removeListItem('criteria', i)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.insertListItem('criteria', { id: null, name: '', description: '', maxScore: 5 })}
          >
            {t('budget.addCriterion')}
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
