import type { ServerResponse } from 'node:http';
import { ApiError, type ErrorCode } from '../db/platform/errors';
import { LANGUAGE_HEADER } from '../db/contract/transport';
import { langOf } from '../db/platform/messages';

/**
 * A request the bridge turns away itself, before any handler runs: the HTTP status says why, the body is the
 * usual `{ code, message, fieldErrors }`.
 */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** Close the connection after the answer, so an unread body is never read (or waited for). */
    readonly close = true,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * What every answer carries: browsers must not guess a content type (a JSON answer read as HTML), and nothing
 * is cached unless the static files say otherwise.
 */
export function setBaseHeaders(res: ServerResponse): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('cache-control', 'no-store');
}

/**
 * `Server-Timing: dispatch;dur=…, json;dur=…` on an API answer: what the call cost the server (the handler with
 * its session and audit work, then turning the answer into JSON), readable in the browser's devtools and by the
 * bench, which adds it up per screen. Milliseconds with three decimals; costs two clock reads.
 */
function serverTiming(dispatchMs: number, jsonMs: number): string {
  return `dispatch;dur=${dispatchMs.toFixed(3)}, json;dur=${jsonMs.toFixed(3)}`;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  timing?: { dispatchMs: number },
): void {
  const started = performance.now();
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...(timing ? { 'server-timing': serverTiming(timing.dispatchMs, performance.now() - started) } : {}),
    ...headers,
  });
  res.end(text);
}

export function sendRefusal(res: ServerResponse, refusal: Refusal): void {
  if (res.headersSent || res.destroyed) return;
  const headers = { ...refusal.headers, ...(refusal.close ? { connection: 'close' } : {}) };
  // In the caller's language, as dispatch answers (the header the renderer sends with every call).
  const lang = langOf(res.req?.headers[LANGUAGE_HEADER]);
  sendJson(res, refusal.status, new ApiError(refusal.code, refusal.message).toBody(lang), headers);
}
