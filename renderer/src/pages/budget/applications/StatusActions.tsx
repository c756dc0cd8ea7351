import { useState } from 'react';
import { Button, Group, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { IconEdit, IconMail, IconSend, IconTrash, IconArrowBackUp, IconAddressBook } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { applicationContact, applicationSubmit, applicationWithdraw } from '../../../../../db/modules/budget/schemas';
import { call, type Input } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { todayIso } from '../../../format';
import { useApiForm } from '../../../hooks/useApiForm';
import { notifySuccess } from '../../../notify';
import { useWarnedSave } from '../shared/warnings';
import type { Application } from './applicationForm';

type Saved = Application;
type Dialog = 'register' | 'withdraw' | 'delete' | 'contact' | null;

/** Registers a concept as received; warnings (outside window, range, area) come back for confirmation. */
function RegisterModal({
  application,
  onClose,
  onSaved,
}: {
  application: Application;
  onClose: () => void;
  onSaved: (a: Saved) => void;
}) {
  const { t } = useTranslation();
  const warned = useWarnedSave<Input<'applications.submit'>, Saved>(
    (input, confirmWarnings) => call('applications.submit', { ...input, confirmWarnings }),
    (a) => {
      notifySuccess(t('applications.savedRegistered', { number: a.number }));
      onSaved(a);
      onClose();
    },
  );
  const { form, handleSubmit, formError, submitting } = useApiForm<
    { receivedOn: string },
    Input<'applications.submit'>,
    Saved | null
  >({
    initialValues: { receivedOn: todayIso() },
    schema: applicationSubmit,
    toInput: (v) => ({ id: application.id, receivedOn: v.receivedOn }),
    // Errors of the application itself (the cost breakdown, the description) match no field here and show above it.
    submit: (input) => warned.attempt(input),
  });
  return (
    <>
      <FormModal
        opened
        onClose={onClose}
        title={t('applications.registerTitle')}
        onSubmit={handleSubmit}
        submitting={submitting}
        formError={formError}
        submitLabel={t('applications.register')}
        size="md"
      >
        <Text size="sm">{t('applications.registerIntro')}</Text>
        <DateField
          label={t('applications.receivedOn')}
          clearable={false}
          data-autofocus
          {...form.getInputProps('receivedOn')}
        />
      </FormModal>
      {warned.dialog}
    </>
  );
}

function WithdrawModal({
  application,
  onClose,
  onSaved,
}: {
  application: Application;
  onClose: () => void;
  onSaved: (a: Saved) => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<
    { reason: string },
    Input<'applications.withdraw'>,
    Saved
  >({
    initialValues: { reason: '' },
    schema: applicationWithdraw,
    toInput: (v) => ({ id: application.id, reason: v.reason }),
    submit: (input) => call('applications.withdraw', input),
    successMessage: t('applications.withdrawn'),
    onSuccess: (a) => {
      onSaved(a);
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('applications.withdrawTitle')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={t('applications.withdraw')}
      size="md"
    >
      <Text size="sm">
        {application.grantedCents ? t('applications.withdrawGranted') : t('applications.withdrawIntro')}
      </Text>
      <Textarea
        label={t('applications.withdrawReason')}
        withAsterisk
        autosize
        minRows={2}
        data-autofocus
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}

/** Contact details and bank account stay correctable in every status. */
function ContactModal({
  application,
  onClose,
  onSaved,
}: {
  application: Application;
  onClose: () => void;
  onSaved: (a: Saved) => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<
    Omit<Input<'applications.updateContact'>, 'id'>,
    Input<'applications.updateContact'>,
    Saved
  >({
    initialValues: {
      contactName: application.contactName,
      contactPhone: application.contactPhone,
      contactEmail: application.contactEmail,
      contactAddress: application.contactAddress,
      iban: application.iban,
    },
    schema: applicationContact,
    toInput: (v) => ({ ...v, id: application.id }),
    submit: (input) => call('applications.updateContact', input),
    successMessage: t('applications.contactSaved'),
    onSuccess: (a) => {
      onSaved(a);
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('applications.contactTitle')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
    >
      <TextInput
        label={t('applications.contactName')}
        withAsterisk
        data-autofocus
        {...form.getInputProps('contactName')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('applications.phone')} type="tel" {...form.getInputProps('contactPhone')} />
        <TextInput label={t('applications.email')} type="email" {...form.getInputProps('contactEmail')} />
      </SimpleGrid>
      <Textarea label={t('applications.address')} autosize minRows={2} {...form.getInputProps('contactAddress')} />
      <TextInput label="IBAN" {...form.getInputProps('iban')} />
    </FormModal>
  );
}

/** A concept was never registered, so it can go entirely; back to the list afterwards. */
function DeleteConceptModal({
  application,
  opened,
  onClose,
}: {
  application: Application;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <ConfirmModal
      opened={opened}
      onClose={onClose}
      title={t('applications.deleteTitle')}
      confirmLabel={t('common.delete')}
      danger
      onConfirm={async () => {
        await call('applications.delete', { id: application.id });
        notifySuccess(t('applications.deleted'));
        navigate('/aanvragen');
      }}
    >
      <Text size="sm">{t('applications.deleteIntro', { title: application.title })}</Text>
    </ConfirmModal>
  );
}

/** The buttons the status allows: edit, register, withdraw, delete a concept, the letter, the contact details. */
export function StatusActions({
  application: a,
  hasLetter,
  onSaved,
}: {
  application: Application;
  hasLetter: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const editable = a.status === 'concept' || a.status === 'ingediend';
  const unpaid = a.money.paidCents === 0 && a.money.plannedCents === 0;
  return (
    <Group gap="xs" className="no-print">
      {editable && (
        <Button
          component={Link}
          to={`/aanvragen/${a.id}/bewerken`}
          variant="light"
          leftSection={<IconEdit size={18} aria-hidden />}
        >
          {t('common.edit')}
        </Button>
      )}
      {!editable && (
        <Button
          variant="light"
          leftSection={<IconAddressBook size={18} aria-hidden />}
          onClick={() => setDialog('contact')}
        >
          {t('applications.contactTitle')}
        </Button>
      )}
      {a.status === 'concept' && (
        <Button leftSection={<IconSend size={18} aria-hidden />} onClick={() => setDialog('register')}>
          {t('applications.register')}
        </Button>
      )}
      {hasLetter && (
        <Button component={Link} to={`/aanvragen/${a.id}/brief`} leftSection={<IconMail size={18} aria-hidden />}>
          {t('meetings.letter')}
        </Button>
      )}
      {a.nextStatuses.includes('ingetrokken') && unpaid && (
        <Button
          variant="default"
          leftSection={<IconArrowBackUp size={18} aria-hidden />}
          onClick={() => setDialog('withdraw')}
        >
          {t('applications.withdraw')}
        </Button>
      )}
      {a.status === 'concept' && (
        <Button
          variant="default"
          color="red"
          leftSection={<IconTrash size={18} aria-hidden />}
          onClick={() => setDialog('delete')}
        >
          {t('common.delete')}
        </Button>
      )}
      {dialog === 'register' && <RegisterModal application={a} onClose={close} onSaved={onSaved} />}
      {dialog === 'withdraw' && <WithdrawModal application={a} onClose={close} onSaved={onSaved} />}
      {dialog === 'contact' && <ContactModal application={a} onClose={close} onSaved={onSaved} />}
      <DeleteConceptModal application={a} opened={dialog === 'delete'} onClose={close} />
    </Group>
  );
}
