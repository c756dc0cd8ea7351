import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FUNDING_KINDS, PARTNER_KINDS } from '../../../../../db/modules/budget/schemas';
import { MoneyInput } from '../../../components/MoneyInput';
import { useFormat } from '../../../hooks/useFormat';
import {
  emptyCostLine,
  emptyFunding,
  emptyPartner,
  runningTotals,
  type ApplicationMantineForm as Form,
  type ApplicationValues,
} from './applicationForm';

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onClick}>
      <IconTrash size={18} aria-hidden />
    </ActionIcon>
  );
}

/** An error the core gives for a whole list ("de begroting sluit niet"), shown under that list. */
function ListError({ error }: { error: React.ReactNode }) {
  return error ? (
    <Text c="red" size="sm" role="alert" data-testid="list-error">
      {error}
    </Text>
  ) : null;
}

/** The cost breakdown: one row per cost, each marked whether the budget may pay for it. */
export function CostLinesField({ form }: { form: Form }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Table aria-label={t('applications.costs')} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('applications.costLine')}</Table.Th>
            <Table.Th scope="col" w={170}>
              {t('applications.amount')}
            </Table.Th>
            <Table.Th scope="col" w={120}>
              {t('applications.reimbursable')}
            </Table.Th>
            <Table.Th scope="col" w={48}>
              <span className="sr-only">{t('common.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {form.values.costLines.map((_, i) => (
            <Table.Tr key={form.key(`costLines.${i}`)} style={{ verticalAlign: 'top' }}>
              <Table.Td>
                <TextInput
                  aria-label={t('applications.costLineN', { n: i + 1 })}
                  {...form.getInputProps(`costLines.${i}.description`)}
                />
              </Table.Td>
              <Table.Td>
                <MoneyInput
                  aria-label={t('applications.costAmountN', { n: i + 1 })}
                  {...form.getInputProps(`costLines.${i}.amountCents`)}
                />
              </Table.Td>
              <Table.Td>
                <Checkbox
                  mt={8}
                  aria-label={t('applications.reimbursableN', { n: i + 1 })}
                  {...form.getInputProps(`costLines.${i}.reimbursable`, { type: 'checkbox' })}
                />
              </Table.Td>
              <Table.Td>
                <RemoveButton
                  label={t('applications.removeCostLine', { n: i + 1 })}
                  onClick={() => form.removeListItem('costLines', i)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ListError error={form.errors.costLines} />
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('costLines', emptyCostLine())}
        >
          {t('applications.addCostLine')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Co-funding and own contribution, in money or valued in kind. */
export function FundingField({ form }: { form: Form }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {form.values.funding.map((_, i) => (
        <Group key={form.key(`funding.${i}`)} align="flex-start" wrap="wrap" gap="sm">
          <Select
            w={180}
            label={t('applications.fundingKind')}
            allowDeselect={false}
            data={FUNDING_KINDS.map((k) => ({ value: k, label: t(`applications.fundingKinds.${k}`) }))}
            {...form.getInputProps(`funding.${i}.kind`)}
          />
          <TextInput
            style={{ flex: 1, minWidth: 200 }}
            label={t('applications.fundingSource')}
            {...form.getInputProps(`funding.${i}.source`)}
          />
          <MoneyInput w={160} label={t('applications.amount')} {...form.getInputProps(`funding.${i}.amountCents`)} />
          <Stack gap={4} mt={26}>
            <Checkbox
              label={t('applications.inKindLabel')}
              {...form.getInputProps(`funding.${i}.inKind`, { type: 'checkbox' })}
            />
            <Checkbox
              label={t('applications.confirmed')}
              {...form.getInputProps(`funding.${i}.confirmed`, { type: 'checkbox' })}
            />
          </Stack>
          <div style={{ marginTop: 26 }}>
            <RemoveButton
              label={t('applications.removeFunding', { n: i + 1 })}
              onClick={() => form.removeListItem('funding', i)}
            />
          </div>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('funding', emptyFunding())}
        >
          {t('applications.addFunding')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Right to Cooperate: the partner organisations, their role, and what each brings in money and in kind. */
export function PartnersField({ form }: { form: Form }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {form.values.partners.map((_, i) => (
        <Stack
          key={form.key(`partners.${i}`)}
          gap="xs"
          p="sm"
          style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}
        >
          <Group justify="space-between">
            <Text fw={600} size="sm">
              {t('applications.partnerN', { n: i + 1 })}
            </Text>
            <RemoveButton
              label={t('applications.removePartner', { n: i + 1 })}
              onClick={() => form.removeListItem('partners', i)}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('applications.partnerName')}
              withAsterisk
              {...form.getInputProps(`partners.${i}.name`)}
            />
            <Select
              label={t('applications.partnerKind')}
              withAsterisk
              data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`applications.partnerKinds.${k}`) }))}
              {...form.getInputProps(`partners.${i}.kind`)}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('applications.contactName')} {...form.getInputProps(`partners.${i}.contactName`)} />
            <TextInput
              label={t('applications.phone')}
              type="tel"
              {...form.getInputProps(`partners.${i}.contactPhone`)}
            />
            <TextInput
              label={t('applications.email')}
              type="email"
              {...form.getInputProps(`partners.${i}.contactEmail`)}
            />
          </SimpleGrid>
          <Textarea
            label={t('applications.partnerRole')}
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps(`partners.${i}.role`)}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <MoneyInput label={t('applications.partnerCash')} {...form.getInputProps(`partners.${i}.cashCents`)} />
            <TextInput
              label={t('applications.partnerInKind')}
              {...form.getInputProps(`partners.${i}.inKindDescription`)}
            />
            <MoneyInput
              label={t('applications.partnerInKindValue')}
              {...form.getInputProps(`partners.${i}.inKindCents`)}
            />
          </SimpleGrid>
        </Stack>
      ))}
      <ListError error={form.errors.partners} />
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('partners', emptyPartner())}
        >
          {t('applications.addPartner')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The running sum: costs against the requested amount plus the other money, updated while typing. */
export function RunningSum({ values }: { values: ApplicationValues }) {
  const { t } = useTranslation();
  const f = useFormat();
  const s = runningTotals(values);
  const rows: [string, number][] = [
    [t('applications.totalCosts'), s.costs],
    [t('applications.ofWhichNotReimbursable'), s.nonReimbursable],
    [t('applications.requested'), s.requested],
    [t('applications.cashFunding'), s.funding],
    ...(values.partners.length ? [[t('applications.partnersCash'), s.partners] as [string, number]] : []),
    [t('applications.coverage'), s.coverage],
  ];
  return (
    <Alert
      color={s.balanced ? 'green' : 'yellow'}
      variant="light"
      title={
        s.balanced
          ? t('applications.sumBalanced')
          : t('applications.sumOff', {
              difference: f.money(Math.abs(s.difference)),
              direction: s.difference > 0 ? t('applications.costsHigher') : t('applications.coverageHigher'),
            })
      }
      data-testid="running-sum"
    >
      <Table verticalSpacing={2} aria-label={t('applications.runningSum')}>
        <Table.Tbody>
          {rows.map(([label, cents]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" fw={400}>
                {label}
              </Table.Th>
              <Table.Td ta="right">{f.money(cents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {s.requested > s.reimbursable && (
        <Text size="sm" mt="xs">
          {t('applications.requestedAboveReimbursable', { reimbursable: f.money(s.reimbursable) })}
        </Text>
      )}
    </Alert>
  );
}
