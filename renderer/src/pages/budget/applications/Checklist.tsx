import { useState } from 'react';
import { Alert, Badge, Button, Group, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call, type Output } from '../../../api/client';
import { SectionCard } from '../../../components/SectionCard';
import { todayIso } from '../../../format';
import { DateField } from '../../../components/DateField';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { notifySuccess } from '../../../notify';

/** The eligibility checklist: what the data say per point, the answers, and the outcome (ontvankelijk or not). */
export function Checklist({ application, onSaved }: { application: Output<'applications.get'>; onSaved: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const checklist = useApi('eligibility.checklist', { applicationId: application.id });
  const editable = application.status === 'ingediend';
  const [answers, setAnswers] = useState<Record<number, { met: boolean | null; note: string }>>({});
  const [motivation, setMotivation] = useState('');
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const items = checklist.data?.items ?? [];
  const answerOf = (i: (typeof items)[number]) =>
    answers[i.criterionId] ?? { met: i.met ?? i.autoResult, note: i.note };

  const save = async () => {
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      await call('applications.assess', {
        id: application.id,
        assessedOn,
        answers: items.map((i) => ({
          criterionId: i.criterionId,
          met: answerOf(i).met ?? false,
          note: answerOf(i).note,
        })),
        motivation,
      });
      notifySuccess(t('applications.assessed'));
      onSaved();
    } catch (e) {
      const fe =
        e instanceof ApiCallError
          ? Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, v[0] ?? '']))
          : {};
      setErrors(fe);
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SectionCard title={t('applications.checklist')}>
      <Stack gap="sm">
        {message && (
          <Alert color="red" variant="light" role="alert">
            {message}
          </Alert>
        )}
        {items.map((item, index) => {
          const a = answerOf(item);
          return (
            <Stack key={item.criterionId} gap={4}>
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
                    onChange={(v) => setAnswers({ ...answers, [item.criterionId]: { ...a, met: v === 'ja' } })}
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
                  onChange={(e) =>
                    setAnswers({ ...answers, [item.criterionId]: { ...a, note: e.currentTarget.value } })
                  }
                  error={errors[`answers.${index}.note`] ?? errors[`answers.${index}.met`]}
                />
              )}
            </Stack>
          );
        })}
        {!editable && checklist.data?.assessedOn && (
          <Text size="sm">
            {t('applications.assessedOnText', { date: f.date(checklist.data.assessedOn) })}
            {checklist.data.motivation ? ` ${checklist.data.motivation}` : ''}
          </Text>
        )}
        {editable && (
          <>
            <Textarea
              label={t('applications.assessMotivation')}
              autosize
              minRows={2}
              value={motivation}
              onChange={(e) => setMotivation(e.currentTarget.value)}
              error={errors.motivation}
            />
            <DateField
              label={t('applications.assessedOn')}
              clearable={false}
              value={assessedOn}
              onChange={setAssessedOn}
              error={errors.assessedOn}
              w={220}
            />
            <Group justify="flex-end">
              <Button loading={busy} onClick={save}>
                {t('applications.saveChecklist')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </SectionCard>
  );
}
