import { Autocomplete, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { APPLICANT_TYPES } from '../../../../../db/modules/budget/schemas';
import { SectionCard } from '../../../components/SectionCard';
import { useFormat } from '../../../hooks/useFormat';
import type { ApplicationMantineForm, Round } from './applicationForm';

/** The round applied to, and who applies: the organisation or residents, their contact, account and wijk. */
export function ApplicantSection({
  form,
  rounds,
  round,
  cooperation,
  roundFixed,
}: {
  form: ApplicationMantineForm;
  rounds: Round[] | undefined;
  round: Round | undefined;
  cooperation: boolean;
  /** A registered application stays in its round. */
  roundFixed: boolean;
}) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('applications.roundAndApplicant')}>
      <Stack gap="sm">
        <RoundSelect form={form} rounds={rounds} round={round} disabled={roundFixed} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('applications.applicantType')}
            withAsterisk
            data={APPLICANT_TYPES.filter((a) => cooperation || a !== 'welzijnsaanbieder').map((a) => ({
              value: a,
              label: t(`applications.applicantTypes.${a}`),
            }))}
            {...form.getInputProps('applicantType')}
          />
          <TextInput label={t('applications.applicantName')} withAsterisk {...form.getInputProps('applicantName')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('applications.contactName')} withAsterisk {...form.getInputProps('contactName')} />
          <TextInput label={t('applications.phone')} type="tel" {...form.getInputProps('contactPhone')} />
          <TextInput label={t('applications.email')} type="email" {...form.getInputProps('contactEmail')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Textarea label={t('applications.address')} autosize minRows={1} {...form.getInputProps('contactAddress')} />
          <TextInput label={t('applications.kvk')} {...form.getInputProps('kvkNumber')} />
          <TextInput label="IBAN" {...form.getInputProps('iban')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Autocomplete
            label={t('applications.wijk')}
            withAsterisk
            data={round?.areaWijken ?? []}
            {...form.getInputProps('wijk')}
          />
          <Textarea label={t('applications.involvement')} autosize minRows={1} {...form.getInputProps('involvement')} />
        </SimpleGrid>
      </Stack>
    </SectionCard>
  );
}

/** The rounds to choose from; the chosen one's window, amounts and execution period are shown under it. */
function RoundSelect({
  form,
  rounds,
  round,
  disabled,
}: {
  form: ApplicationMantineForm;
  rounds: Round[] | undefined;
  round: Round | undefined;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Select
      label={t('applications.round')}
      withAsterisk
      disabled={disabled}
      allowDeselect={false}
      data={(rounds ?? []).map((r) => ({
        value: String(r.id),
        label: `${r.year} · ${r.name} (${r.schemeLabel})`,
      }))}
      description={
        round
          ? `${t('budget.window', { from: f.date(round.opensOn), to: f.date(round.closesOn) })} · ${t('budget.range', { min: f.money(round.minCents), max: f.money(round.maxCents) })} · ${t('budget.execution', { from: f.date(round.executionFrom), to: f.date(round.executionTo) })}`
          : undefined
      }
      {...form.getInputProps('roundId')}
    />
  );
}
