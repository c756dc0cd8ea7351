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
      const text = e instanceof Error ? e.message : String(e);
      const keys = Object.keys(fieldErrors);
      // A message that sits next to a field is not repeated above it; that field gets the focus once drawn red.
      // A field not on screen (the item, the meeting) leaves the message where the user acted (FormAlert).
      if (!keys.length) setMessage(text);
      else requestAnimationFrame(() => revealFirstError(null, keys) || setMessage(text));
      return undefined;
    } finally {
      setBusy(null);
    }
  }
  return { busy, errors, message, setErrors, setMessage, run };
}
