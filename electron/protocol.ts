import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../db/contract/transport';

export const APP_SCHEME = 'app';
export const APP_HOST = 'wijkhuis';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * Must run before the app is ready. "standard" gives the renderer a real origin (ES modules do not
 * load from file://'s null origin) and "secure" lets the CSP's 'self' and secure-context APIs work.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export type Resolved = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 };

/** Maps an app:// URL to a file inside rootDir, or says why not. */
export function resolveAppFile(rootDir: string, url: string): Resolved {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 404 };
  let pathname: string;
  try {
    // The URL parser already folds literal "..", but an encoded "..%2f" only becomes one here.
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0')) return { ok: false, status: 400 };
  const root = normalize(rootDir);
  const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return { ok: false, status: 403 };
  return { ok: true, file };
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY },
  });
}

/** The `app://` handler: files of the built renderer only, each with the renderer's CSP. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Niet toegestaan');
    const resolved = resolveAppFile(rootDir, request.url);
    if (!resolved.ok) return plain(resolved.status, resolved.status === 403 ? 'Geweigerd' : 'Niet gevonden');
    let data: Buffer;
    try {
      data = await readFile(resolved.file);
    } catch {
      return plain(404, 'Niet gevonden');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(data), {
      status: 200,
      headers: {
        'content-type': TYPES[extname(resolved.file).toLowerCase()] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  };
}
