import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../db/platform/core';
import { dispatch } from '../db/contract/dispatch';
import { ApiError, ERROR_CODES } from '../db/platform/errors';
import { LANGUAGE_HEADER, SESSION_HEADER } from '../db/contract/transport';
import { langOf, msg } from '../db/platform/messages';
import { bodyLimitOf, ClientGone, DEFAULT_TIMEOUTS, readBody, refuseDeclaredLength, type BridgeTimeouts } from './body';
import { refuseForeignCaller, refuseForeignHost } from './guard';
import { requestPath } from './path';
import { Refusal, sendJson, sendRefusal, setBaseHeaders } from './reply';
import { serveStatic, STATIC_METHODS } from './static';

export type { BridgeTimeouts } from './body';

export interface Bridge {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface BridgeOptions {
  staticDir: string;
  port?: number;
  /** Shorter timeouts let a test see a slow client dropped without waiting seconds. */
  timeouts?: Partial<BridgeTimeouts>;
}

/**
 * The web bridge: the built renderer and `POST /api/<method>` on 127.0.0.1 only, for the browser
 * preview and the end-to-end tests. Requests from any other host name or web page are refused (guard.ts).
 */
export async function startBridge(core: Core, options: BridgeOptions): Promise<Bridge> {
  const timeouts: BridgeTimeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  let port = 0;
  const server: Server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      // Node's own deadline for a whole request stays as a backstop behind readBody's.
      requestTimeout: timeouts.headersMs + timeouts.bodyMs,
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
    },
    (req, res) => {
      handle(core, { staticDir: options.staticDir, port, timeouts }, req, res).catch((error) => {
        console.error('[wijkhuis] bridge:', error);
        if (!res.headersSent)
          sendJson(
            res,
            500,
            new ApiError('INTERNAL', msg('Er ging iets mis in Wijkhuis.', 'Something went wrong in Wijkhuis.')).toBody(
              langOf(req.headers[LANGUAGE_HEADER]),
            ),
          );
      });
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Context {
  staticDir: string;
  port: number;
  timeouts: BridgeTimeouts;
}

async function handle(core: Core, context: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  setBaseHeaders(res);
  try {
    const host = refuseForeignHost(req);
    if (host) throw host;
    const path = requestPath(req.url);
    if (path.raw.startsWith('/api/')) return await handleApi(core, context, path.decoded.slice(5), req, res);
    if (!STATIC_METHODS.includes(req.method ?? ''))
      throw new Refusal(
        405,
        'VALIDATION',
        msg('Hier kun je alleen iets ophalen (GET of HEAD).', 'Here you can only fetch something (GET or HEAD).'),
        true,
        {
          allow: STATIC_METHODS.join(', '),
        },
      );
    await serveStatic(context.staticDir, path.decoded, res);
  } catch (error) {
    if (error instanceof Refusal) return sendRefusal(res, error);
    if (error instanceof ClientGone) return;
    throw error;
  }
}

/** Refusals first (method, caller, size), then the body within its limit and deadline, then the one dispatch. */
async function handleApi(
  core: Core,
  context: Context,
  name: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'POST')
    throw new Refusal(405, 'VALIDATION', msg('Gebruik POST.', 'Use POST.'), true, { allow: 'POST' });
  const limit = bodyLimitOf(name);
  const refusal = refuseForeignCaller(req, context.port) ?? refuseDeclaredLength(req, limit);
  if (refusal) throw refusal;
  const body = await readBody(req, limit, context.timeouts);
  let input: unknown;
  try {
    input = body.length ? JSON.parse(body.toString('utf8')) : undefined;
  } catch {
    throw new Refusal(
      400,
      'VALIDATION',
      msg('De aanvraag is geen geldige JSON.', 'The request is not valid JSON.'),
      false,
    );
  }
  const auth = req.headers.authorization ?? '';
  const token = auth.startsWith('Bearer ') ? auth.slice(7) : null;
  const lang = langOf(req.headers[LANGUAGE_HEADER]);
  const client = `adres ${req.socket.remoteAddress ?? 'onbekend'}`;
  const started = performance.now();
  const result = await dispatch(core, name, input, token, client, lang);
  const timing = { dispatchMs: performance.now() - started };
  const headers: Record<string, string> = {};
  if (result.session && 'set' in result.session) headers[SESSION_HEADER] = result.session.set;
  if (result.ok) sendJson(res, 200, result.value, headers, timing);
  else sendJson(res, ERROR_CODES[result.error.code], result.error, headers, timing);
}
