import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '../db/platform/core';
import { dispatch } from '../db/contract/dispatch';
import { ApiError, ERROR_CODES } from '../db/platform/errors';
import { CONTENT_SECURITY_POLICY, SESSION_HEADER } from '../db/contract/transport';

const MAX_BODY_BYTES = 400 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface Bridge {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The web bridge: the built renderer and `POST /api/<method>` on 127.0.0.1 only, for the browser
 * preview and the end-to-end tests. Requests from any other host name are refused (DNS rebinding).
 */
export async function startBridge(core: Core, options: { staticDir: string; port?: number }): Promise<Bridge> {
  const server: Server = createServer((req, res) => {
    handle(core, options.staticDir, req, res).catch((error) => {
      console.error('[wijkhuis] bridge:', error);
      if (!res.headersSent) sendJson(res, 500, new ApiError('INTERNAL', 'Er ging iets mis in Wijkhuis.').toBody());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
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

async function handle(core: Core, staticDir: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (host !== '127.0.0.1' && host !== 'localhost') {
    sendJson(res, 403, new ApiError('FORBIDDEN', 'Alleen bereikbaar via 127.0.0.1.').toBody());
    return;
  }
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') {
      sendJson(res, 405, new ApiError('VALIDATION', 'Gebruik POST.').toBody());
      return;
    }
    await handleApi(core, decodeURIComponent(url.pathname.slice(5)), req, res);
    return;
  }
  await serveStatic(staticDir, url.pathname, res);
}

async function handleApi(core: Core, name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let input: unknown;
  try {
    const body = await readBody(req);
    input = body.length ? JSON.parse(body.toString('utf8')) : undefined;
  } catch (error) {
    const e = error instanceof ApiError ? error : new ApiError('VALIDATION', 'De aanvraag is geen geldige JSON.');
    sendJson(res, ERROR_CODES[e.code], e.toBody());
    return;
  }
  const auth = req.headers.authorization ?? '';
  const token = auth.startsWith('Bearer ') ? auth.slice(7) : null;
  const result = await dispatch(core, name, input, token, `adres ${req.socket.remoteAddress ?? 'onbekend'}`);
  const headers: Record<string, string> = {};
  if (result.session && 'set' in result.session) headers[SESSION_HEADER] = result.session.set;
  if (result.ok) sendJson(res, 200, result.value, headers);
  else sendJson(res, ERROR_CODES[result.error.code], result.error, headers);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ApiError('VALIDATION', 'De aanvraag is te groot.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

async function serveStatic(staticDir: string, pathname: string, res: ServerResponse): Promise<void> {
  const root = resolve(staticDir);
  const wanted = normalize(join(root, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
  if (wanted !== root && !wanted.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const data = await readFile(wanted);
    res.writeHead(200, {
      'content-type': TYPES[extname(wanted)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
    res.end(data);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
  }
}
