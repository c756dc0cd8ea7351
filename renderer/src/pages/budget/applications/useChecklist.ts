import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type Output } from '../../../api/client';
import { todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { notifySuccess } from '../../../notify';
import { firstFieldErrors } from '../shared/fieldErrors';

export type ChecklistItem = Output<'eligibility.checklist'>['items'][number];
export interface Answer {
  met: boolean | null;
  note: string;
}

/**
 * The checklist of a registered application and the assessment being made: an answer not touched yet is
 * the one recorded before, else what the data say (the automatic check).
 */
export function useChecklist(application: Output<'applications.get'>, onSaved: () => void) {
  const { t } = useTranslation();
  const checklist = useApi('eligibility.checklist', { applicationId: application.id });
  const [answers, setAnswers] = useState<Record<number, Answer>>({});
  const [motivation, setMotivation] = useState('');
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const items = checklist.data?.items ?? [];
  const answerOf = (i: ChecklistItem): Answer => answers[i.criterionId] ?? { met: i.met ?? i.autoResult, note: i.note };
  const setAnswer = (criterionId: number, answer: Answer) => setAnswers({ ...answers, [criterionId]: answer });

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
      setErrors(firstFieldErrors(e));
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return {
    checklist: checklist.data,
    items,
    answerOf,
    setAnswer,
    motivation,
    setMotivation,
    assessedOn,
    setAssessedOn,
    errors,
    message,
    busy,
    save,
  };
}
