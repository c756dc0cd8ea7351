import type { ApiErrorBody } from '../db/platform/errors';
import type { CallResult, WijkhuisBridge } from '../db/contract/transport';
import { IPC_PREFIX } from '../db/contract/transport';

/** "rooms.create", "auth.me": anything else cannot be an API method, so it never reaches IPC. */
export const METHOD_PATTERN = /^[a-z]+\.[A-Za-z]+$/;

type Invoke = (channel: string, input: unknown) => Promise<unknown>;

const failure = (error: ApiErrorBody): CallResult => ({ ok: false, error });

/** The object behind `window.wijkhuis`; kept apart from preload.ts so it can be tested without Electron. */
export function createBridge(invoke: Invoke): WijkhuisBridge {
  return {
    call(method: string, input: unknown): Promise<CallResult> {
      if (typeof method !== 'string' || !METHOD_PATTERN.test(method)) {
        return Promise.resolve(
          failure({ code: 'NOT_FOUND', message: `Onbekende functie: ${String(method)}`, fieldErrors: {} }),
        );
      }
      // The main process answers with values, so a rejection means no handler for the name or an
      // input that structured clone refuses (a function, say): both still become a CallResult.
      return Promise.resolve()
        .then(() => invoke(IPC_PREFIX + method, input) as Promise<CallResult>)
        .catch((error: unknown) =>
          failure(
            /No handler registered/.test(String(error))
              ? { code: 'NOT_FOUND', message: `Onbekende functie: ${method}`, fieldErrors: {} }
              : { code: 'INTERNAL', message: 'Er ging iets mis in Wijkhuis.', fieldErrors: {} },
          ),
        );
    },
  };
}
