import { useEffect, useState } from 'react';
import { call } from '../../../api/client';
import type { MailChoiceKind } from '../../../../../db/modules/mail/choicesSchemas';
import { useApi } from '../../../hooks/useApi';

export interface MailChoiceValues {
  language: 'nl' | 'en';
  reminders: boolean;
}

/**
 * A person's mail choices inside another form (volunteer, renter, committee member): loaded for an existing person,
 * and saved right after the person is saved (`save(id)`, also for someone just added), only when they changed.
 */
export function useMailChoices(kind: MailChoiceKind, personId: number | undefined) {
  const stored = useApi('mailChoices.get', { personKind: kind, personId: personId ?? 0 }, { enabled: personId !== undefined });
  const [values, setValues] = useState<MailChoiceValues>({ language: 'nl', reminders: true });
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    if (stored.data) setValues({ language: stored.data.language, reminders: stored.data.reminders });
  }, [stored.data]);

  return {
    values,
    stored: stored.data,
    set: (next: Partial<MailChoiceValues>) => {
      setValues((v) => ({ ...v, ...next }));
      setChanged(true);
    },
    save: async (id: number) => {
      if (changed) await call('mailChoices.set', { personKind: kind, personId: id, ...values });
    },
  };
}

export type MailChoices = ReturnType<typeof useMailChoices>;
