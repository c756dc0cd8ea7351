import { useRef, useState } from 'react';
import { Grid, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { templateUpdate } from '../../../../../db/modules/mail/templateSchemas';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { PlaceholderList } from './PlaceholderList';
import { PreviewPane } from './PreviewPane';
import { ResetTemplate } from './ResetTemplate';
import { usePreview } from './usePreview';
import type { Language, TemplateView, WordingValues } from './types';

const other = (l: Language): Language => (l === 'nl' ? 'en' : 'nl');

/** Puts a token where the cursor is in the text area (or at the end), and the cursor after it. */
function insertAtCursor(el: HTMLTextAreaElement | null, text: string, token: string, set: (text: string) => void) {
  const at = el?.selectionStart ?? text.length;
  set(text.slice(0, at) + token + text.slice(el?.selectionEnd ?? at));
  requestAnimationFrame(() => {
    el?.focus();
    el?.setSelectionRange(at + token.length, at + token.length);
  });
}

function LanguageSwitch({
  value,
  onChange,
  otherWrong,
}: {
  value: Language;
  onChange: (l: Language) => void;
  otherWrong: boolean;
}) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('mail.templates.language')}
      value={value}
      onChange={(v) => onChange(v as Language)}
      data={(['nl', 'en'] as const).map((l) => ({
        value: l,
        label: `${t(`mail.templates.languages.${l}`)}${otherWrong && l !== value ? ' ⚠' : ''}`,
      }))}
      w="fit-content"
    />
  );
}

/** Editing one template's wording in both languages, with its fields beside it and a live preview. */
export function TemplateEditor({
  template,
  onClose,
  onSaved,
}: {
  template: TemplateView;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>('nl');
  const body = useRef<HTMLTextAreaElement>(null);
  const done = () => {
    onSaved();
    onClose();
  };
  const { form, handleSubmit, formError, submitting } = useApiForm<WordingValues, Input<'templates.update'>>({
    initialValues: { nl: template.nl, en: template.en },
    schema: templateUpdate,
    toInput: (v) => ({ key: template.key, enabled: template.enabled, ...v }),
    submit: (input) => call('templates.update', input),
    successMessage: t('mail.templates.saved', { title: template.title }),
    onSuccess: done,
  });
  const values = form.getValues()[language];
  const { preview, problems } = usePreview(template.key, language, values.subject, values.body);
  const errorOf = (field: 'subject' | 'body') => form.errors[`${language}.${field}`] ?? problems[field];
  // A refusal on a field of the other language is marked on its button.
  const otherWrong = (['subject', 'body'] as const).some((f) => form.errors[`${other(language)}.${f}`]);

  const insert = (name: string) =>
    insertAtCursor(body.current, values.body, `{{ ${name} }}`, (text) => form.setFieldValue(`${language}.body`, text));

  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('mail.templates.editTitle', { title: template.title })}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      size="72rem"
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <LanguageSwitch value={language} onChange={setLanguage} otherWrong={otherWrong} />
            <TextInput
              key={`${language}-subject`}
              label={t('mail.templates.subject')}
              {...form.getInputProps(`${language}.subject`)}
              error={errorOf('subject')}
            />
            <Textarea
              key={`${language}-body`}
              ref={body}
              label={t('mail.templates.body')}
              description={t('mail.templates.bodyHelp')}
              autosize
              minRows={10}
              maxRows={18}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 14 } }}
              {...form.getInputProps(`${language}.body`)}
              error={errorOf('body')}
            />
            {template.reworded && <ResetTemplate template={template} onDone={done} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <PreviewPane preview={preview} />
            <PlaceholderList placeholders={template.placeholders} onInsert={insert} />
          </Stack>
        </Grid.Col>
      </Grid>
    </FormModal>
  );
}
