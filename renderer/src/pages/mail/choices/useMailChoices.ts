import { useState } from 'react';
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
  const stored = useApi(
    'mail.choices',
    { personKind: kind, personId: personId ?? 0 },
    { enabled: personId !== undefined },
  );
  const [edits, setEdits] = useState<Partial<MailChoiceValues>>({});
  const values: MailChoiceValues = {
    language: edits.language ?? stored.data?.language ?? 'nl',
    reminders: edits.reminders ?? stored.data?.reminders ?? true,
  };
  return {
    values,
    stored: stored.data,
    set: (next: Partial<MailChoiceValues>) => setEdits((e) => ({ ...e, ...next })),
    save: async (id: number) => {
      if (Object.keys(edits).length) await call('mail.setChoices', { personKind: kind, personId: id, ...values });
    },
  };
}

export type MailChoices = ReturnType<typeof useMailChoices>;
