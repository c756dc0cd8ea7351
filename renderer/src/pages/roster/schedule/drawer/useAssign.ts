import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../../../api/client';
import { notifySuccess } from '../../../../notify';
import { warningsOf } from '../../shared/WarningsConfirm';
import type { Shift, VolunteerChoice, VolunteerRole } from '../../shared/types';

/**
 * The choice of volunteer (and role, for a shift without needs) and sending it. A new choice puts
 * away the warnings about the previous one; the core's refusal shows at the volunteer field.
 */
export function useAssign(
  shift: Shift,
  roleId: number | null,
  roles: readonly VolunteerRole[],
  volunteers: readonly VolunteerChoice[],
  onChanged: () => void,
) {
  const { t } = useTranslation();
  const [volunteerId, setVolunteerId] = useState<string | null>(null);
  const [pickedRole, setPickedRole] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'plan' | 'wait' | null>(null);
  const role = roleId ?? (pickedRole ? Number(pickedRole) : null);
  const roleName = roles.find((r) => r.id === role)?.name ?? '';

  const pickRole = (v: string | null) => {
    setPickedRole(v);
    setWarnings(null);
  };
  const pickVolunteer = (v: string | null) => {
    setVolunteerId(v);
    setWarnings(null);
    setError(null);
  };

  const submit = async (waitlist: boolean, confirmWarnings = false) => {
    if (!volunteerId || role === null) {
      setError(role === null ? t('roster.pickRoleFirst') : t('roster.pickVolunteerFirst'));
      return;
    }
    setBusy(waitlist ? 'wait' : 'plan');
    setError(null);
    try {
      await call('roster.assign', {
        shiftId: shift.id,
        volunteerId: Number(volunteerId),
        roleId: role,
        waitlist,
        confirmWarnings,
      });
      const name = volunteers.find((v) => v.id === Number(volunteerId))?.name ?? '';
      notifySuccess(waitlist ? t('roster.waitlisted', { name }) : t('roster.assigned', { name, shift: shift.title }));
      setVolunteerId(null);
      setWarnings(null);
      onChanged();
    } catch (e) {
      const w = warningsOf(e);
      if (w) setWarnings(w);
      else setError(e instanceof ApiCallError ? (Object.values(e.fieldErrors)[0]?.[0] ?? e.message) : String(e));
    } finally {
      setBusy(null);
    }
  };

  return {
    volunteerId,
    pickVolunteer,
    pickedRole,
    pickRole,
    role,
    roleName,
    warnings,
    dismissWarnings: () => setWarnings(null),
    error,
    busy,
    submit,
  };
}
