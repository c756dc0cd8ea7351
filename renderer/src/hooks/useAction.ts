import { createElement, useState } from 'react';
import { ActionAlert } from '../components/FormAlert';
import { notifyError, notifySuccess } from '../notify';

/**
 * For buttons that do one thing (archive, make a backup): tracks which one is busy; a success is a
 * notification, a refusal shows where the user acted. Put `alert` next to the buttons: it scrolls into view
 * and takes the focus (issue 18: a refusal in the corner, or 700 px higher, was not seen). A screen that does
 * not place it still gets the refusal as a notification.
 */
export function useAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Whether the screen shows `alert`; without it the refusal still needs to be seen somewhere.
  const [placed, setPlaced] = useState(false);

  async function run<R>(key: string, action: () => Promise<R>, success?: string): Promise<R | undefined> {
    setBusy(key);
    setError(null);
    try {
      const result = await action();
      if (success) notifySuccess(success);
      return result;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (placed) setError(message);
      else notifyError(message);
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  return { busy, run, error, alert: createElement(ActionAlert, { message: error, onPlaced: setPlaced }) };
}

/**
 * What `useAction` returns, for a button that sits where its refusal cannot (a page header's or a card header's
 * actions, a table cell): the screen holds the action and places its `alert` under the header or the table.
 */
export type Action = ReturnType<typeof useAction>;
