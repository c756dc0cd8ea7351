import { useEffect, useRef, useState } from 'react';
import {
  Autocomplete,
  Button,
  Checkbox,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  APPLICANT_TYPES,
  PRIORITY_GROUPS,
  REACH_KEYS,
  applicationCreate,
  applicationUpdate,
} from '../../../../../db/modules/budget/schemas';
import { call, type Output } from '../../../api/client';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { MoneyInput } from '../../../components/MoneyInput';
import { PageHeader } from '../../../components/PageHeader';
import { SectionCard } from '../../../components/SectionCard';
import { todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import { notifySuccess } from '../../../notify';
import { useWarnedSave } from '../shared/warnings';
import { emptyApplication, toFields, valuesOf, type Application, type ApplicationValues } from './applicationForm';
import { CostLinesField, FundingField, PartnersField, RunningSum } from './BudgetLinesFields';

type Saved = Output<'applications.get'>;
type FormInput = ReturnType<typeof toFields> & { register: boolean; receivedOn: string | null };

/**
 * A new application entered at the desk, or a concept or registered one being corrected. "Opslaan als
 * concept" keeps it lenient; "Registreren" asks the core's rules for a registered application (the cost
 * breakdown adds up) and shows its warnings for confirmation.
 */
export function ApplicationForm({ application }: { application?: Application }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const rounds = useApi('budget.rounds', {});
  const rooms = useApi('rooms.list', {});
  const register = useRef(false);
  const today = todayIso();
  const isConcept = !application || application.status === 'concept';

  const warned = useWarnedSave<FormInput, Saved>(
    async (input, confirmWarnings) => {
      if (!application) return call('applications.create', { ...input, confirmWarnings });
      const { register: registering, ...fields } = input;
      if (application.status === 'concept' && registering) {
        // The concept is saved first (leniently), so corrections are kept even when registering is refused.
        if (!confirmWarnings) await call('applications.update', { ...fields, receivedOn: null, id: application.id });
        return call('applications.submit', { id: application.id, receivedOn: input.receivedOn ?? '', confirmWarnings });
      }
      return call('applications.update', { ...fields, id: application.id, confirmWarnings });
    },
    (saved) => {
      notifySuccess(
        saved.status === 'concept'
          ? t('applications.savedConcept')
          : t('applications.savedRegistered', { number: saved.number }),
      );
      navigate(`/aanvragen/${saved.id}`);
    },
  );

  const { form, handleSubmit, formError, submitting } = useApiForm<ApplicationValues, FormInput, Saved | null>({
    initialValues: application ? valuesOf(application, today) : emptyApplication(null, today),
    schema: application ? applicationUpdate : applicationCreate,
    toInput: (v) => {
      const registering = register.current || application?.status === 'ingediend';
      return {
        ...toFields(v),
        ...(application ? { id: application.id } : {}),
        register: registering,
        receivedOn: registering ? v.receivedOn || null : null,
      };
    },
    submit: (input) => warned.attempt(input),
    // The schema only knows "a valid id"; say which choice is missing.
    check: (v) => ({
      ...(v.roundId ? {} : { roundId: t('applications.chooseRound') }),
      ...(v.applicantType ? {} : { applicantType: t('applications.chooseApplicantType') }),
    }),
  });

  const round = rounds.data?.find((r) => String(r.id) === form.values.roundId);
  const cooperation = round?.scheme === 'right_to_cooperate';
  // Partners belong to Right to Cooperate only; after switching to a Lokaal Budget round they would be refused out of sight.
  const strayPartners = round !== undefined && !cooperation && form.values.partners.length > 0;
  useEffect(() => {
    if (strayPartners) form.setFieldValue('partners', []);
  }, [strayPartners, form]);
  // A new application starts in the round that is open now.
  const defaultRoundId = rounds.data?.find((r) => r.windowOpen)?.id ?? rounds.data?.[0]?.id;
  const needsRound = !application && form.values.roundId === null && defaultRoundId !== undefined;
  useEffect(() => {
    if (needsRound) form.setFieldValue('roundId', String(defaultRoundId));
  }, [needsRound, defaultRoundId, form]);
  const [registering, setRegistering] = useState(false);
  // Which button was pressed decides the call; Enter in a field saves the way the last button did.
  const submitAs = (asRegistration: boolean) => {
    register.current = asRegistration;
    setRegistering(asRegistration);
    handleSubmit();
  };
  const title = application ? t('applications.editTitle', { title: application.title }) : t('applications.new');

  return (
    <>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="lg">
          <Group className="no-print">
            <Button
              component={Link}
              to={application ? `/aanvragen/${application.id}` : '/aanvragen'}
              variant="subtle"
              leftSection={<IconArrowLeft size={18} aria-hidden />}
            >
              {application ? t('applications.backToApplication') : t('applications.backToList')}
            </Button>
          </Group>
          <PageHeader title={title} description={t('applications.formIntro')} />
          <FormAlert message={formError} />
          <SectionCard title={t('applications.roundAndApplicant')}>
            <Stack gap="sm">
              <Select
                label={t('applications.round')}
                withAsterisk
                disabled={!isConcept}
                allowDeselect={false}
                data={(rounds.data ?? []).map((r) => ({
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
                <TextInput
                  label={t('applications.applicantName')}
                  withAsterisk
                  {...form.getInputProps('applicantName')}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput label={t('applications.contactName')} withAsterisk {...form.getInputProps('contactName')} />
                <TextInput label={t('applications.phone')} type="tel" {...form.getInputProps('contactPhone')} />
                <TextInput label={t('applications.email')} type="email" {...form.getInputProps('contactEmail')} />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Textarea
                  label={t('applications.address')}
                  autosize
                  minRows={1}
                  {...form.getInputProps('contactAddress')}
                />
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
                <Textarea
                  label={t('applications.involvement')}
                  autosize
                  minRows={1}
                  {...form.getInputProps('involvement')}
                />
              </SimpleGrid>
            </Stack>
          </SectionCard>

          <SectionCard title={t('applications.activity')}>
            <Stack gap="sm">
              <TextInput label={t('applications.titleLabel')} withAsterisk {...form.getInputProps('title')} />
              <Textarea
                label={t('applications.description')}
                autosize
                minRows={3}
                {...form.getInputProps('description')}
              />
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <Textarea label={t('applications.goals')} autosize minRows={2} {...form.getInputProps('goals')} />
                <Textarea
                  label={t('applications.contribution')}
                  autosize
                  minRows={2}
                  {...form.getInputProps('contribution')}
                />
              </SimpleGrid>
              <Textarea
                label={t('applications.complementarity')}
                autosize
                minRows={1}
                {...form.getInputProps('complementarity')}
              />
              <Checkbox.Group label={t('applications.priorityGroups')} {...form.getInputProps('priorityGroups')}>
                <Group mt={4}>
                  {PRIORITY_GROUPS.map((g) => (
                    <Checkbox key={g} value={g} label={t(`applications.priority.${g}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
              <Text size="sm" fw={500}>
                {t('applications.expectedReach')}
              </Text>
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                {REACH_KEYS.map((k) => (
                  <NumberInput
                    key={k}
                    min={0}
                    allowDecimal={false}
                    label={t(`applications.reach.${k}`)}
                    {...form.getInputProps(`expectedReach.${k}`)}
                  />
                ))}
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <NumberInput
                  min={0}
                  allowDecimal={false}
                  label={t('applications.expectedParticipants')}
                  {...form.getInputProps('expectedParticipants')}
                />
                <NumberInput
                  min={0}
                  allowDecimal={false}
                  label={t('applications.expectedMeetings')}
                  {...form.getInputProps('expectedMeetings')}
                />
                <div>
                  <Text size="sm" fw={500} mb={4} id="recurrence-label">
                    {t('applications.recurrence')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="recurrence-label"
                    data={[
                      { value: 'eenmalig', label: t('applications.once') },
                      { value: 'terugkerend', label: t('applications.recurring') },
                    ]}
                    {...form.getInputProps('recurrence')}
                  />
                </div>
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
                <DateField label={t('applications.startDate')} clearable {...form.getInputProps('startDate')} />
                <DateField label={t('applications.endDate')} clearable {...form.getInputProps('endDate')} />
                <Select
                  label={t('applications.room')}
                  clearable
                  data={(rooms.data ?? []).map((r) => ({ value: String(r.id), label: r.name }))}
                  {...form.getInputProps('roomId')}
                />
                <TextInput label={t('applications.otherLocation')} {...form.getInputProps('location')} />
              </SimpleGrid>
            </Stack>
          </SectionCard>

          <SectionCard title={t('applications.costs')}>
            <Stack gap="md">
              <Text size="sm" c="dimmed">
                {t('applications.costsHelp')}
              </Text>
              <CostLinesField form={form} />
              <MoneyInput
                label={t('applications.requestedAmount')}
                withAsterisk
                w={220}
                {...form.getInputProps('requestedCents')}
              />
              <Text fw={600} size="sm">
                {t('applications.funding')}
              </Text>
              <FundingField form={form} />
              <RunningSum values={form.values} />
            </Stack>
          </SectionCard>

          {cooperation && (
            <SectionCard title={t('applications.partners')}>
              <Text size="sm" c="dimmed" mb="sm">
                {t('applications.partnersHelp')}
              </Text>
              <PartnersField form={form} />
            </SectionCard>
          )}

          <SectionCard title={t('applications.registration')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {isConcept || application?.status === 'ingediend' ? (
                <DateField
                  label={t('applications.receivedOn')}
                  description={t('applications.receivedOnHelp')}
                  clearable={false}
                  {...form.getInputProps('receivedOn')}
                />
              ) : null}
              <Textarea label={t('applications.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
            </SimpleGrid>
          </SectionCard>

          <Group justify="flex-end" className="no-print">
            <Button component={Link} to={application ? `/aanvragen/${application.id}` : '/aanvragen'} variant="default">
              {t('common.cancel')}
            </Button>
            {isConcept ? (
              <>
                <Button variant="light" loading={submitting && !registering} onClick={() => submitAs(false)}>
                  {t('applications.saveConcept')}
                </Button>
                <Button loading={submitting && registering} onClick={() => submitAs(true)}>
                  {t('applications.saveAndRegister')}
                </Button>
              </>
            ) : (
              <Button type="submit" loading={submitting}>
                {t('common.save')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
      {warned.dialog}
    </>
  );
}
