import { useId, useState } from 'react';
import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconDeviceFloppy, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { houseInfoInput } from '../../../../../db/modules/beheer/schemas';
import { FormAlert } from '../../../components/FormAlert';
import { PlainText } from '../../../components/PlainText';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';

export type Section = Output<'house.info'>[number];

function SectionEditor({ section, onDone }: { section: Section; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<{ text: string }, Input<'house.setInfo'>>({
    initialValues: { text: section.text },
    schema: houseInfoInput,
    toInput: (v) => ({ topic: section.topic, text: v.text }),
    submit: (input) => call('house.setInfo', input),
    successMessage: t('houseInfo.saved', { topic: t(`houseInfo.topics.${section.topic}`) }),
    onSuccess: () => onDone(true),
  });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <FormAlert message={formError} />
        <Textarea
          label={t('houseInfo.textOf', { topic: t(`houseInfo.topics.${section.topic}`) })}
          description={t('houseInfo.textHelp')}
          autosize
          minRows={8}
          maxRows={30}
          data-autofocus
          {...form.getInputProps('text')}
        />
        <Group>
          <Button type="submit" loading={submitting} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One of the three texts: readable as typed, and for the beheerder an edit mode in place. */
export function HouseSection({
  section,
  canEdit,
  onSaved,
}: {
  section: Section;
  canEdit: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const topic = t(`houseInfo.topics.${section.topic}`);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h3" id={titleId}>
            {topic}
          </Title>
          {section.updatedAt && (
            <Text size="xs" c="dimmed">
              {t('houseInfo.updated', { name: section.updatedBy ?? '—', when: f.wallClock(section.updatedAt) })}
            </Text>
          )}
        </div>
        {canEdit && !editing && (
          <Button
            variant="light"
            size="sm"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => setEditing(true)}
            aria-label={t('houseInfo.editOne', { topic })}
          >
            {t('common.edit')}
          </Button>
        )}
      </Group>
      {editing ? (
        <SectionEditor
          section={section}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onSaved();
          }}
        />
      ) : (
        <PlainText
          text={section.text}
          empty={<Text c="dimmed">{canEdit ? t('houseInfo.emptyEdit') : t('houseInfo.empty')}</Text>}
        />
      )}
    </Card>
  );
}
