/**
 * The renderer's only way to the core: `call('rooms.create', {...})`, typed from the contract.
 * In Electron it goes through `window.wijkhuis` (the preload); in a browser through the web bridge.
 */
import type { z } from 'zod';
import type { Api, MethodName } from '../../../db/contract/api';
import type { ApiErrorBody, ErrorCode } from '../../../db/platform/errors';
import { LANGUAGE_HEADER, SESSION_HEADER, type CallResult, type WijkhuisBridge } from '../../../db/contract/transport';
import { inLang, msg } from '../../../db/platform/messages';
import { callLanguage as currentLanguage } from '../i18n/current';

export type Input<M extends MethodName> = z.input<Api[M]['input']>;
export type Output<M extends MethodName> = Awaited<ReturnType<Api[M]['handler']>>;

declare global {
  interface Window {
    wijkhuis?: WijkhuisBridge;
  }
}

export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: Record<string, string[]>;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.code = body.code;
    this.fieldErrors = body.fieldErrors ?? {};
  }
}

const TOKEN_KEY = 'wijkhuis.session';
type Listener = (error: ApiCallError) => void;
const authListeners = new Set<Listener>();

/** Called when a call fails because the session is gone or locked, so the shell can show login or the lock screen. */
export function onAuthError(listener: Listener): () => void {
  authListeners.add(listener);
  return () => authListeners.delete(listener);
}

async function overHttp(method: string, input: unknown): Promise<CallResult> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  // The bridge refuses any other Content-Type: a foreign web page can send text/plain without the browser asking first.
  const res = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [LANGUAGE_HEADER]: currentLanguage(),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(input ?? {}),
  });
  const newToken = res.headers.get(SESSION_HEADER);
  if (newToken) sessionStorage.setItem(TOKEN_KEY, newToken);
  const body = (await res.json()) as unknown;
  return res.ok ? { ok: true, value: body } : { ok: false, error: body as ApiErrorBody };
}

export async function call<M extends MethodName>(
  method: M,
  ...args: {} extends Input<M> ? [input?: Input<M>] : [input: Input<M>]
): Promise<Output<M>> {
  const input = args[0] ?? {};
  let result: CallResult;
  try {
    result = window.wijkhuis
      ? await window.wijkhuis.call(method, input, currentLanguage())
      : await overHttp(method, input);
  } catch {
    result = {
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: inLang(
          msg(
            'Wijkhuis is niet bereikbaar. Is het programma nog actief?',
            'Wijkhuis cannot be reached. Is it still running?',
          ),
          currentLanguage(),
        ),
        fieldErrors: {},
      },
    };
  }
  if (method === 'auth.logout') sessionStorage.removeItem(TOKEN_KEY);
  if (!result.ok) {
    const error = new ApiCallError(result.error);
    if (error.code === 'UNAUTHENTICATED' && !method.startsWith('auth.login') && !method.startsWith('setup.'))
      sessionStorage.removeItem(TOKEN_KEY);
    if (
      (error.code === 'UNAUTHENTICATED' || error.code === 'LOCKED') &&
      method !== 'auth.login' &&
      method !== 'auth.unlock'
    ) {
      authListeners.forEach((l) => l(error));
    }
    throw error;
  }
  return result.value as Output<M>;
}
