import type { ApiErrorBody } from '../db/platform/errors';
import type { CallResult, WijkhuisBridge } from '../db/contract/transport';
import { IPC_PREFIX } from '../db/contract/transport';
import { inLang, langOf, msg, type Lang } from '../db/platform/messages';

/** "rooms.create", "auth.me": anything else cannot be an API method, so it never reaches IPC. */
export const METHOD_PATTERN = /^[a-z]+\.[A-Za-z]+$/;

type Invoke = (channel: string, input: unknown, lang: Lang) => Promise<unknown>;

const failure = (error: ApiErrorBody): CallResult => ({ ok: false, error });

/** The object behind `window.wijkhuis`; kept apart from preload.ts so it can be tested without Electron. */
export function createBridge(invoke: Invoke): WijkhuisBridge {
  return {
    call(method: string, input: unknown, language?: Lang): Promise<CallResult> {
      const lang = langOf(language);
      const unknownMethod = (name: string) =>
        inLang(msg(`Onbekende functie: ${name}`, `Unknown function: ${name}`), lang);
      if (typeof method !== 'string' || !METHOD_PATTERN.test(method)) {
        return Promise.resolve(failure({ code: 'NOT_FOUND', message: unknownMethod(String(method)), fieldErrors: {} }));
      }
      // The main process answers with values, so a rejection means no handler for the name or an
      // input that structured clone refuses (a function, say): both still become a CallResult.
      return Promise.resolve()
        .then(() => invoke(IPC_PREFIX + method, input, lang) as Promise<CallResult>)
        .catch((error: unknown) =>
          failure(
            /No handler registered/.test(String(error))
              ? { code: 'NOT_FOUND', message: unknownMethod(method), fieldErrors: {} }
              : {
                  code: 'INTERNAL',
                  message: inLang(msg('Er ging iets mis in Wijkhuis.', 'Something went wrong in Wijkhuis.'), lang),
                  fieldErrors: {},
                },
          ),
        );
    },
  };
}
