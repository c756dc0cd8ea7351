import { useState } from 'react';
import { revealFirstError } from '../../../components/revealError';
import { firstFieldErrors } from '../shared/fieldErrors';

/** One write on an agenda item: busy flag, the core's message, and its field errors by field name. */
export function useItemCall() {
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  async function run<R>(key: string, action: () => Promise<R>): Promise<R | undefined> {
    setBusy(key);
    setErrors({});
    setMessage(null);
    try {
      return await action();
    } catch (e) {
      const fieldErrors = firstFieldErrors(e);
      setErrors(fieldErrors);
      // The field the core refused gets the focus once it is drawn red; a message without field shows itself (FormAlert).
      if (Object.keys(fieldErrors).length) requestAnimationFrame(() => revealFirstError(null, Object.keys(fieldErrors)));
      // A message that sits next to a field is not repeated above it.
      if (!Object.keys(fieldErrors).length) setMessage(e instanceof Error ? e.message : String(e));
      return undefined;
    } finally {
      setBusy(null);
    }
  }
  return { busy, errors, message, setErrors, setMessage, run };
}
