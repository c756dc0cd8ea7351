import { Badge, Button, Group, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { SectionCard } from '../../../components/SectionCard';
import { useFormat } from '../../../hooks/useFormat';
import { useChecklist, type Answer, type ChecklistItem } from './useChecklist';

/** The eligibility checklist: what the data say per point, the answers, and the outcome (ontvankelijk or not). */
export function Checklist({ application, onSaved }: { application: Output<'applications.get'>; onSaved: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const c = useChecklist(application, onSaved);
  const editable = application.status === 'ingediend';
  return (
    <SectionCard title={t('applications.checklist')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('applications.checklistHelp')}
        </Text>
        {c.items.map((item, index) => (
          <ChecklistPoint
            key={item.criterionId}
            item={item}
            answer={c.answerOf(item)}
            editable={editable}
            error={c.errors[`answers.${index}.note`] ?? c.errors[`answers.${index}.met`]}
            onChange={(answer) => c.setAnswer(item.criterionId, answer)}
          />
        ))}
        {!editable && c.checklist?.assessedOn && (
          <Text size="sm">
            {t('applications.assessedOnText', { date: f.date(c.checklist.assessedOn) })}
            {c.checklist.motivation ? ` ${c.checklist.motivation}` : ''}
          </Text>
        )}
        {editable && (
          <>
            <Textarea
              label={t('applications.assessMotivation')}
              autosize
              minRows={2}
              value={c.motivation}
              onChange={(e) => c.setMotivation(e.currentTarget.value)}
              error={c.errors.motivation}
            />
            <DateField
              label={t('applications.assessedOn')}
              clearable={false}
              value={c.assessedOn}
              onChange={c.setAssessedOn}
              error={c.errors.assessedOn}
              w={220}
            />
            {/* Next to the button that was refused, not at the top of a long checklist. */}
            <FormAlert message={c.message} />
            <Group justify="flex-end">
              <Button loading={c.busy} onClick={c.save}>
                {t('applications.saveChecklist')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </SectionCard>
  );
}

/** One point: its label and help, what the data say, and the answer (ja / nee with a note, or the recorded one). */
function ChecklistPoint({
  item,
  answer: a,
  editable,
  error,
  onChange,
}: {
  item: ChecklistItem;
  answer: Answer;
  editable: boolean;
  error: string | undefined;
  onChange: (answer: Answer) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={600} size="sm">
            {item.label}
          </Text>
          {item.help && <Text size="xs">{item.help}</Text>}
          {item.autoDetail && (
            <Text size="xs" c="dimmed">
              {t('applications.autoCheck')}: {item.autoDetail}
            </Text>
          )}
        </div>
        {editable ? (
          <SegmentedControl
            aria-label={item.label}
            value={a.met === null ? '' : a.met ? 'ja' : 'nee'}
            onChange={(v) => onChange({ ...a, met: v === 'ja' })}
            data={[
              { value: 'ja', label: t('applications.yes') },
              { value: 'nee', label: t('applications.no') },
            ]}
          />
        ) : (
          <Badge color={item.met ? 'green' : 'red'} variant="light" style={{ textTransform: 'none' }}>
            {item.met === null ? '—' : item.met ? t('applications.yes') : t('applications.no')}
          </Badge>
        )}
      </Group>
      {editable && (
        <TextInput
          aria-label={t('applications.noteFor', { label: item.label })}
          placeholder={t('applications.note')}
          size="xs"
          value={a.note}
          onChange={(e) => onChange({ ...a, note: e.currentTarget.value })}
          error={error}
        />
      )}
    </Stack>
  );
}
