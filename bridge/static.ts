/**
 * The built renderer, for GET and HEAD. Only files inside the build folder are served: a path with `..` or a
 * symlink that leads outside it is not found.
 */
import type { ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../db/contract/transport';
import { Refusal, sendRefusal } from './reply';
import { msg } from '../db/platform/messages';

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export const STATIC_METHODS = ['GET', 'HEAD'];

/**
 * Vite names what it puts in assets/ after its content, so those files never change under the same name and may
 * be kept; index.html must be asked again each time, or a new build would load old assets.
 */
function cacheControl(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** `pathname` is already decoded. */
export async function serveStatic(staticDir: string, pathname: string, res: ServerResponse): Promise<void> {
  const file = await insideFile(staticDir, pathname === '/' ? '/index.html' : pathname);
  if (file === 'outside')
    return sendRefusal(
      res,
      new Refusal(
        403,
        'FORBIDDEN',
        msg('Dit bestand hoort niet bij Wijkhuis.', 'This file does not belong to Wijkhuis.'),
        false,
      ),
    );
  if (!file) return sendRefusal(res, new Refusal(404, 'NOT_FOUND', msg('Niet gevonden.', 'Not found.'), false));
  const data = await readFile(file);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': String(data.length),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'cache-control': cacheControl(pathname),
  });
  res.end(data);
}

/** The real path of a regular file inside the build folder, 'outside' when the path leaves it, or null. */
export async function insideFile(staticDir: string, pathname: string): Promise<string | 'outside' | null> {
  const root = resolve(staticDir);
  const wanted = normalize(join(root, pathname));
  if (!within(root, wanted)) return 'outside';
  try {
    // Symlinks are resolved on both sides, so a build folder that is itself reached through one still works.
    const [realRoot, real] = await Promise.all([realpath(root), realpath(wanted)]);
    if (!within(realRoot, real)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function within(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}
