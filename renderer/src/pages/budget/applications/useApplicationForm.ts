import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { applicationCreate, applicationUpdate } from '../../../../../db/modules/budget/schemas';
import { call, type Output } from '../../../api/client';
import { todayIso } from '../../../format';
import { useApi } from '../../../hooks/useApi';
import { useApiForm } from '../../../hooks/useApiForm';
import { notifySuccess } from '../../../notify';
import { useWarnedSave } from '../shared/warnings';
import {
  emptyApplication,
  toFields,
  valuesOf,
  type Application,
  type ApplicationMantineForm,
  type ApplicationValues,
  type Round,
} from './applicationForm';

type Saved = Output<'applications.get'>;
type FormInput = ReturnType<typeof toFields> & { register: boolean; receivedOn: string | null };

/** Create, correct, or register (a concept that is registered is saved leniently first); then to the application. */
function useApplicationSave(application?: Application) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return useWarnedSave<FormInput, Saved>(
    async (input, confirmWarnings) => {
      if (!application) return call('applications.create', { ...input, confirmWarnings });
      const { register: registering, ...fields } = input;
      if (application.status === 'concept' && registering) {
        // The concept is saved first (leniently), so corrections are kept even when registering is refused.
        if (!confirmWarnings) await call('applications.update', { ...fields, receivedOn: null, id: application.id });
        return call('applications.submit', { id: application.id, receivedOn: input.receivedOn ?? '', confirmWarnings });
      }
      return call('applications.update', { ...fields, id: application.id, confirmWarnings });
    },
    (saved) => {
      notifySuccess(
        saved.status === 'concept'
          ? t('applications.savedConcept')
          : t('applications.savedRegistered', { number: saved.number }),
      );
      navigate(`/aanvragen/${saved.id}`);
    },
  );
}

/** The form follows its round: partners only for Right to Cooperate, and a new application starts in the open round. */
function useRoundDefaults(form: ApplicationMantineForm, rounds: Round[] | undefined, application?: Application) {
  const round = rounds?.find((r) => String(r.id) === form.values.roundId);
  const cooperation = round?.scheme === 'right_to_cooperate';
  // Partners belong to Right to Cooperate only; after switching to a Lokaal Budget round they would be refused out of sight.
  const strayPartners = round !== undefined && !cooperation && form.values.partners.length > 0;
  useEffect(() => {
    if (strayPartners) form.setFieldValue('partners', []);
  }, [strayPartners, form]);
  // A new application starts in the round that is open now.
  const defaultRoundId = rounds?.find((r) => r.windowOpen)?.id ?? rounds?.[0]?.id;
  const needsRound = !application && form.values.roundId === null && defaultRoundId !== undefined;
  useEffect(() => {
    if (needsRound) form.setFieldValue('roundId', String(defaultRoundId));
  }, [needsRound, defaultRoundId, form]);
  return { round, cooperation };
}

/**
 * The application form with its rounds and rooms. "Opslaan als concept" keeps it lenient; "Registreren"
 * asks the core's rules for a registered application and shows its warnings for confirmation.
 */
export function useApplicationForm(application?: Application) {
  const { t } = useTranslation();
  const rounds = useApi('budget.rounds', {});
  const rooms = useApi('rooms.list', {});
  const register = useRef(false);
  const today = todayIso();
  const warned = useApplicationSave(application);

  const api = useApiForm<ApplicationValues, FormInput, Saved | null>({
    initialValues: application ? valuesOf(application, today) : emptyApplication(null, today),
    schema: application ? applicationUpdate : applicationCreate,
    toInput: (v) => {
      const registering = register.current || application?.status === 'ingediend';
      return {
        ...toFields(v),
        ...(application ? { id: application.id } : {}),
        register: registering,
        receivedOn: registering ? v.receivedOn || null : null,
      };
    },
    submit: (input) => warned.attempt(input),
    // The schema only knows "a valid id"; say which choice is missing.
    check: (v) => ({
      ...(v.roundId ? {} : { roundId: t('applications.chooseRound') }),
      ...(v.applicantType ? {} : { applicantType: t('applications.chooseApplicantType') }),
    }),
  });

  const { round, cooperation } = useRoundDefaults(api.form, rounds.data, application);
  const [registering, setRegistering] = useState(false);
  // Which button was pressed decides the call; Enter in a field saves the way the last button did.
  const submitAs = (asRegistration: boolean) => {
    register.current = asRegistration;
    setRegistering(asRegistration);
    api.handleSubmit();
  };
  return {
    ...api,
    rounds: rounds.data,
    rooms: rooms.data,
    round,
    cooperation,
    registering,
    submitAs,
    warningsDialog: warned.dialog,
  };
}
