import { useState } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { call, type Output } from '../../../api/client';
import { safeParseIn } from '../../../../../db/contract/zod';
import { groupInput } from '../../../../../db/modules/mail/groupSchemas';
import { errorsFromIssues } from '../../../forms';
import { toApiCallError } from '../../../hooks/useApi';
import { callLanguage } from '../../../i18n/current';
import { toGroupInput, type GroupValues } from './groupForm';

type Recipients = Output<'mail.groupRecipients'>;

/**
 * "Ontvangers bekijken": the recipients of the group as the form now describes it. Changing the group hides the
 * list again, so what is sent is always what was last shown.
 */
export function useRecipientPreview(form: UseFormReturnType<GroupValues>) {
  const [shown, setShown] = useState<{ key: string; rows: Recipients } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const values = form.getValues();
  const input = toGroupInput(values);
  const key = JSON.stringify([input.audience, input.roleId, input.from, input.to, input.service]);

  async function load() {
    setError(null);
    const parsed = safeParseIn(groupInput, input, callLanguage());
    if (!parsed.success) {
      form.setErrors(errorsFromIssues(values, parsed.error.issues).errors);
      return;
    }
    try {
      setShown({ key, rows: await call('mail.groupRecipients', parsed.data) });
    } catch (e) {
      setError(toApiCallError(e).message);
    }
  }

  return { rows: shown?.key === key ? shown.rows : null, error, load, clear: () => setShown(null) };
}
