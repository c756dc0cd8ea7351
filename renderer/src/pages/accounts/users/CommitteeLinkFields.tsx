import { Checkbox, Group, Radio, Select, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';

/** The account dialog's values; the committee part counts only for the role commissie. */
export interface NewUserValues {
  name: string;
  username: string;
  role: string;
  password: string;
  email: string;
  link: 'bestaand' | 'nieuw';
  memberId: string | null;
  termFrom: string;
  isResident: boolean;
  voting: boolean;
}

/** What the core calls the committee fields, and where the dialog shows their errors. */
export const COMMITTEE_ALIASES = {
  committee: 'memberId',
  'committee.memberId': 'memberId',
  'committee.termFrom': 'termFrom',
  'committee.isResident': 'isResident',
  'committee.voting': 'voting',
};

export const committeeOf = (v: NewUserValues) =>
  v.role !== 'commissie'
    ? null
    : v.link === 'bestaand'
      ? // An empty choice goes as 0, so the core's own message ("Kies het commissielid …") is shown.
        { kind: 'bestaand' as const, memberId: Number(v.memberId ?? 0) }
      : { kind: 'nieuw' as const, termFrom: v.termFrom, isResident: v.isResident, voting: v.voting };

export const initialCommitteeValues = () => ({
  link: 'bestaand' as const,
  memberId: null,
  termFrom: todayIso(),
  isResident: true,
  voting: true,
});

/**
 * A commissie account sees the applications and meetings only as a committee member (issue 18: a new account
 * saw "Geen aanvragen gevonden" while there were nine), so the dialog links it to a member who sits now or
 * later and has no account yet, or makes a new member with the account's name.
 */
export function CommitteeLinkFields({ form }: { form: UseFormReturnType<NewUserValues> }) {
  const { t } = useTranslation();
  const committee = useApi('committee.members', {});
  const today = todayIso();
  const free = (committee.data?.members ?? []).filter(
    (m) => m.userId === null && (m.termTo === null || m.termTo >= today),
  );
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('accounts.link.label')}
        description={t('accounts.link.help')}
        {...form.getInputProps('link')}
      >
        <Group gap="lg" mt={6}>
          <Radio value="bestaand" label={t('accounts.link.existing')} />
          <Radio value="nieuw" label={t('accounts.link.new')} />
        </Group>
      </Radio.Group>
      {form.values.link === 'bestaand' ? (
        <Select
          label={t('accounts.link.member')}
          description={free.length ? t('accounts.link.memberHelp') : t('accounts.link.noFreeMembers')}
          required
          searchable
          data={free.map((m) => ({ value: String(m.id), label: m.name }))}
          {...form.getInputProps('memberId')}
        />
      ) : (
        <>
          <DateField label={t('accounts.link.termFrom')} required {...form.getInputProps('termFrom')} />
          <Checkbox label={t('accounts.link.isResident')} {...form.getInputProps('isResident', { type: 'checkbox' })} />
          <Checkbox
            label={t('accounts.link.voting')}
            description={t('accounts.link.votingHelp')}
            {...form.getInputProps('voting', { type: 'checkbox' })}
          />
        </>
      )}
    </Stack>
  );
}
