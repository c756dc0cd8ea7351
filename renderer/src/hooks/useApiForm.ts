import { useState } from 'react';
import { useForm, type FormErrors, type UseFormReturnType } from '@mantine/form';
import type { ZodType } from 'zod';
import { FORM_ERROR, applyApiError, zodValidate, type ErrorAliases } from '../forms';
import { notifySuccess } from '../notify';
import { revealFirstError } from '../components/revealError';

export interface ApiFormOptions<V, I, R> {
  initialValues: V;
  /** The method's own input schema (from the module's schemas.ts), so the browser says what the core would say. */
  schema: ZodType;
  /** Form values → method input; the same function feeds validation and the call. */
  toInput?: (values: V) => I;
  submit: (input: I) => Promise<R>;
  onSuccess?: (result: R, values: V) => void;
  /** Shown as a notification after a successful save. */
  successMessage?: string;
  aliases?: ErrorAliases;
  /** Checks that belong to the form only, not to the method (e.g. "repeat the password"). */
  check?: (values: V) => FormErrors;
}

/** The submit handler; it carries whether the form holds unsaved input, for the dialog around it (FormModal). */
export type SubmitHandler = ((event?: React.FormEvent<HTMLFormElement>) => void) & { isDirty?: () => boolean };

export interface ApiForm<V> {
  form: UseFormReturnType<V>;
  handleSubmit: SubmitHandler & { isDirty: () => boolean };
  /** For the alert above the form; null when every error sits next to its field. */
  formError: string | null;
  submitting: boolean;
}

/** A Mantine form that validates with a zod schema, calls the core, and puts the core's errors next to the fields. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as Mantine's useForm
export function useApiForm<V extends Record<string, any>, I = V, R = unknown>(
  options: ApiFormOptions<V, I, R>,
): ApiForm<V> {
  const toInput = options.toInput ?? ((values: V) => values as unknown as I);
  const form = useForm<V>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validate: (values) => ({
      ...zodValidate(options.schema, toInput, options.aliases)(values),
      ...options.check?.(values),
    }),
    // Nothing reads "touched", and marking a field touched on focus re-renders the whole form: in the
    // booking dialog that doubled the work of opening it (the title field takes focus at once).
    enhanceGetInputProps: () => ({ onFocus: undefined }),
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  // The form element the submit came from: its first field with an error gets the focus (issue 18: the
  // errors appeared at the top of a long form while the user was at the bottom, and nothing seemed to happen).
  const fieldKeys = (errors: FormErrors) => Object.keys(errors).filter((key) => key !== FORM_ERROR && errors[key]);
  const submit = form.onSubmit(
    async (values, event) => {
      const root = event?.currentTarget ?? null;
      setFormError(null);
      setSubmitting(true);
      try {
        const result = await options.submit(toInput(values));
        if (options.successMessage) notifySuccess(options.successMessage);
        options.onSuccess?.(result, values);
      } catch (error) {
        let onFields: FormErrors = {};
        const target = {
          getValues: form.getValues,
          setErrors: (errors: FormErrors | ((previous: FormErrors) => FormErrors)) => {
            onFields = typeof errors === 'function' ? errors(form.errors) : errors;
            form.setErrors(onFields);
          },
        };
        setFormError(applyApiError(target, error, options.aliases));
        revealFirstError(root, fieldKeys(onFields));
      } finally {
        setSubmitting(false);
      }
    },
    (errors, _values, event) => {
      setFormError(errors[FORM_ERROR] ? String(errors[FORM_ERROR]) : null);
      revealFirstError(event?.currentTarget ?? null, fieldKeys(errors));
    },
  );
  const handleSubmit = Object.assign(submit, { isDirty: () => form.isDirty() });

  return { form, handleSubmit, formError, submitting };
}
