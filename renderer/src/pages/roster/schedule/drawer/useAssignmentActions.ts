import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../../hooks/useAction';
import { notifySuccess } from '../../../../notify';
import { warningsOf } from '../../shared/WarningsConfirm';
import type { Assignment, Shift } from '../../shared/types';
import { updateAssignment } from './assignments';

/** The changes to one person's assignment, each reported as it succeeds; the list reloads after every one. */
export function useAssignmentActions(shift: Shift, a: Assignment, onChanged: () => void) {
  const { t } = useTranslation();
  const { busy, run, alert } = useAction();
  const [warnings, setWarnings] = useState<string[] | null>(null);
  const act = (key: string, patch: Parameters<typeof updateAssignment>[1], message: string) =>
    run(
      key,
      async () => {
        await updateAssignment(a, patch);
        onChanged();
      },
      message,
    );
  // From the waiting list onto the shift: the core warns as for a new assignment (full, double booked, no VOG …).
  const planFromWaitlist = async (confirmWarnings: boolean) => {
    const planned = await run('plan', async () => {
      try {
        await updateAssignment(a, { status: 'ingepland', confirmWarnings });
      } catch (error) {
        const found = warningsOf(error);
        if (!found) throw error;
        setWarnings(found);
        return false;
      }
      setWarnings(null);
      onChanged();
      return true;
    });
    if (planned) notifySuccess(t('roster.assigned', { name: a.volunteerName, shift: shift.title }));
  };
  return { busy, alert, act, planFromWaitlist, warnings, dismissWarnings: () => setWarnings(null) };
}
