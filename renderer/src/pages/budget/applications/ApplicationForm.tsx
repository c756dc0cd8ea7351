import { Button, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { MoneyInput } from '../../../components/MoneyInput';
import { PageHeader } from '../../../components/PageHeader';
import { SectionCard } from '../../../components/SectionCard';
import { ActivitySection } from './ActivitySection';
import { ApplicantSection } from './ApplicantSection';
import type { Application, ApplicationMantineForm } from './applicationForm';
import { CostLinesField, FundingField, PartnersField, RunningSum } from './BudgetLinesFields';
import { useApplicationForm } from './useApplicationForm';

/**
 * A new application entered at the desk, or a concept or registered one being corrected. "Opslaan als
 * concept" keeps it lenient; "Registreren" asks the core's rules for a registered application (the cost
 * breakdown adds up) and shows its warnings for confirmation.
 */
export function ApplicationForm({ application }: { application?: Application }) {
  const { t } = useTranslation();
  const s = useApplicationForm(application);
  const { form } = s;
  const isConcept = !application || application.status === 'concept';
  const back = application ? `/aanvragen/${application.id}` : '/aanvragen';
  const title = application ? t('applications.editTitle', { title: application.title }) : t('applications.new');

  return (
    <>
      <form onSubmit={s.handleSubmit} noValidate>
        <Stack gap="lg">
          <Group className="no-print">
            <Button component={Link} to={back} variant="subtle" leftSection={<IconArrowLeft size={18} aria-hidden />}>
              {application ? t('applications.backToApplication') : t('applications.backToList')}
            </Button>
          </Group>
          <PageHeader title={title} description={t('applications.formIntro')} />
          <FormAlert message={s.formError} />
          <ApplicantSection
            form={form}
            rounds={s.rounds}
            round={s.round}
            cooperation={s.cooperation}
            roundFixed={!isConcept}
          />
          <ActivitySection form={form} rooms={s.rooms} />
          <CostsSection form={form} />
          {s.cooperation && (
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
          <SaveButtons
            back={back}
            asConcept={isConcept}
            submitting={s.submitting}
            registering={s.registering}
            submitAs={s.submitAs}
          />
        </Stack>
      </form>
      {s.warningsDialog}
    </>
  );
}

/** The cost breakdown, the amount requested, the other funding, and whether it all adds up. */
function CostsSection({ form }: { form: ApplicationMantineForm }) {
  const { t } = useTranslation();
  return (
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
  );
}

/** A concept is saved as such or registered at once; a registered application is simply saved. */
function SaveButtons({
  back,
  asConcept,
  submitting,
  registering,
  submitAs,
}: {
  back: string;
  asConcept: boolean;
  submitting: boolean;
  registering: boolean;
  submitAs: (asRegistration: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" className="no-print">
      <Button component={Link} to={back} variant="default">
        {t('common.cancel')}
      </Button>
      {asConcept ? (
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
  );
}
