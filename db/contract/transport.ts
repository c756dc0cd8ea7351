import type { ApiErrorBody } from '../platform/errors';

/** What the IPC channel and the preload carry: Electron would mangle thrown errors, so results are values. */
export type CallResult = { ok: true; value: unknown } | { ok: false; error: ApiErrorBody };

/** The one object the preload exposes as `window.wijkhuis`. */
export interface WijkhuisBridge {
  call(method: string, input: unknown): Promise<CallResult>;
}

export const IPC_PREFIX = 'wijkhuis:';

/** Web bridge: the header that carries a new session token to the browser client. */
export const SESSION_HEADER = 'x-wijkhuis-session';

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
