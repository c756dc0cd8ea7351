import { Checkbox, Fieldset, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import type { MailChoices } from './useMailChoices';

/**
 * The mail choices in a person's form: the language their mail is written in and whether they want optional
 * messages (reminders), with when and by whom that was recorded and what the address is used for.
 */
export function MailChoicesFields({ choices }: { choices: MailChoices }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { values, stored } = choices;
  return (
    <Fieldset legend={t('mail.choices.title')} variant="filled">
      <Stack gap="sm">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="mail-language-label">
            {t('mail.choices.language')}
          </Text>
          <SegmentedControl
            aria-labelledby="mail-language-label"
            value={values.language}
            onChange={(v) => choices.set({ language: v as 'nl' | 'en' })}
            data={[
              { value: 'nl', label: t('mail.choices.languages.nl') },
              { value: 'en', label: t('mail.choices.languages.en') },
            ]}
          />
        </Stack>
        <Checkbox
          label={t('mail.choices.reminders')}
          description={t('mail.choices.remindersHelp')}
          checked={values.reminders}
          onChange={(e) => choices.set({ reminders: e.currentTarget.checked })}
        />
        <Text size="xs" c="dimmed">
          {stored?.recordedAt
            ? `${t('mail.choices.recorded', { at: f.wallClock(stored.recordedAt.slice(0, 16)), by: stored.recordedBy || '—' })} ${t('mail.choices.purpose')}: ${stored.purpose}`
            : t('mail.choices.notRecorded')}
        </Text>
      </Stack>
    </Fieldset>
  );
}
