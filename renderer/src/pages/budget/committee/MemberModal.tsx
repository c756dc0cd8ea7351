import { Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { memberEndTerm, memberInput } from '../../../../../db/modules/budget/schemas';
import { call, type Input, type Output } from '../../../api/client';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { useApiForm } from '../../../hooks/useApiForm';
import { MailChoicesFields } from '../../mail/choices/MailChoicesFields';
import { useMailChoices } from '../../mail/choices/useMailChoices';
import { notifySuccess } from '../../../notify';

export type Member = Output<'committee.members'>['members'][number];

interface Values {
  name: string;
  phone: string;
  email: string;
  termFrom: string;
  termTo: string;
  isResident: boolean;
  isWijkraad: boolean;
  voting: 'stemgerechtigd' | 'adviserend';
  isChair: boolean;
  isSecretary: boolean;
  userId: string | null;
  notes: string;
}

const valuesOf = (m?: Member): Values =>
  m
    ? {
        name: m.name,
        phone: m.phone,
        email: m.email,
        termFrom: m.termFrom,
        termTo: m.termTo ?? '',
        isResident: m.isResident,
        isWijkraad: m.isWijkraad,
        voting: m.voting ? 'stemgerechtigd' : 'adviserend',
        isChair: m.isChair,
        isSecretary: m.isSecretary,
        userId: m.userId === null ? null : String(m.userId),
        notes: m.notes,
      }
    : {
        name: '',
        phone: '',
        email: '',
        termFrom: todayIso(),
        termTo: '',
        isResident: true,
        isWijkraad: false,
        voting: 'stemgerechtigd',
        isChair: false,
        isSecretary: false,
        userId: null,
        notes: '',
      };

/**
 * A committee member, new or edited. The core refuses a change that breaks the composition rule (a
 * majority of the voting members are residents); its Dutch message shows next to "bewoner" or "stemgerechtigd".
 */
export function MemberModal({
  member,
  onClose,
  onSaved,
}: {
  member?: Member;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const mailChoices = useMailChoices('commissielid', member?.id);
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Input<'committee.createMember'>>({
    initialValues: valuesOf(member),
    schema: memberInput,
    toInput: (v) => ({
      ...v,
      termTo: v.termTo || null,
      voting: v.voting === 'stemgerechtigd',
      userId: v.userId ? Number(v.userId) : null,
    }),
    submit: async (input) => {
      const saved = member
        ? await call('committee.updateMember', { ...input, id: member.id })
        : await call('committee.createMember', input);
      await mailChoices.save(saved.id);
      return saved;
    },
    successMessage: member ? t('committee.memberSaved') : t('committee.memberAdded'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={member ? t('committee.editMember', { name: member.name }) : t('committee.addMember')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
    >
      <TextInput label={t('committee.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('committee.phone')} type="tel" {...form.getInputProps('phone')} />
        <TextInput label={t('committee.email')} type="email" {...form.getInputProps('email')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('committee.termFrom')} withAsterisk clearable={false} {...form.getInputProps('termFrom')} />
        <DateField
          label={t('committee.termTo')}
          description={t('committee.termToHelp')}
          clearable
          {...form.getInputProps('termTo')}
        />
      </SimpleGrid>
      <Select
        label={t('committee.votingLabel')}
        allowDeselect={false}
        data={[
          { value: 'stemgerechtigd', label: t('committee.votingMember') },
          { value: 'adviserend', label: t('committee.advisoryMember') },
        ]}
        {...form.getInputProps('voting')}
      />
      <Stack gap={6}>
        <Checkbox label={t('committee.isResident')} {...form.getInputProps('isResident', { type: 'checkbox' })} />
        <Checkbox label={t('committee.isWijkraad')} {...form.getInputProps('isWijkraad', { type: 'checkbox' })} />
        <Group gap="lg">
          <Checkbox label={t('committee.chair')} {...form.getInputProps('isChair', { type: 'checkbox' })} />
          <Checkbox label={t('committee.secretary')} {...form.getInputProps('isSecretary', { type: 'checkbox' })} />
        </Group>
      </Stack>
      <LinkedAccountSelect form={form} />
      <MailChoicesFields choices={mailChoices} />
      <Textarea label={t('committee.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}

/** The member's own login: with it they see the applications on the agenda; a secretary records the votes. */
function LinkedAccountSelect({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useTranslation();
  const users = useApi('users.list', {});
  // Only accounts with the role commissie can be linked (the core says so too).
  const accounts = (users.data ?? []).filter(
    (u) => u.role === 'commissie' && (u.active || String(u.id) === form.values.userId),
  );
  return (
    <Select
      label={t('committee.account')}
      description={t('committee.accountHelp')}
      clearable
      data={accounts.map((u) => ({ value: String(u.id), label: `${u.name} (${u.username})` }))}
      {...form.getInputProps('userId')}
    />
  );
}

/** Ends a member's term; always allowed, with a warning when the committee is out of balance afterwards. */
export function EndTermModal({
  member,
  onClose,
  onSaved,
}: {
  member: Member;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<
    { termTo: string },
    Input<'committee.endTerm'>,
    Output<'committee.endTerm'>
  >({
    initialValues: { termTo: todayIso() },
    schema: memberEndTerm,
    toInput: (v) => ({ id: member.id, termTo: v.termTo }),
    submit: (input) => call('committee.endTerm', input),
    onSuccess: (r) => {
      notifySuccess(
        r.warning ?? t('committee.termEnded', { name: member.name }),
        r.warning ? { title: t('committee.termEnded', { name: member.name }), autoClose: 12_000 } : {},
      );
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('committee.endTermTitle', { name: member.name })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={t('committee.endTerm')}
      size="md"
    >
      <Text size="sm">{t('committee.endTermIntro')}</Text>
      <DateField
        label={t('committee.termTo')}
        withAsterisk
        clearable={false}
        data-autofocus
        {...form.getInputProps('termTo')}
      />
    </FormModal>
  );
}
