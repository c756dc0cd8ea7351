import type { ApiErrorBody } from '../platform/errors';
import type { Lang } from '../platform/messages';

/** What the IPC channel and the preload carry: Electron would mangle thrown errors, so results are values. */
export type CallResult = { ok: true; value: unknown } | { ok: false; error: ApiErrorBody };

/** The one object the preload exposes as `window.wijkhuis`. */
export interface WijkhuisBridge {
  /** `lang`: the renderer's language, in which the core answers with its messages. */
  call(method: string, input: unknown, lang?: Lang): Promise<CallResult>;
}

export const IPC_PREFIX = 'wijkhuis:';

/** Web bridge: the header that carries a new session token to the browser client. */
export const SESSION_HEADER = 'x-wijkhuis-session';

/** Web bridge: the renderer's language ('nl' or 'en'), in which the core answers with its messages. */
export const LANGUAGE_HEADER = 'x-wijkhuis-language';

/**
 * The Content-Security-Policy of the renderer, in Electron and in the browser preview alike.
 * Inline styles are allowed because Mantine and FullCalendar inject their CSS at run time; scripts only from the app itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
