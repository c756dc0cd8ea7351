/**
 * Who may talk to the bridge. It listens on 127.0.0.1, but every web page the user opens can still send it
 * requests: DNS rebinding (another host name pointing here) and "simple" cross-site POSTs (text/plain, no
 * preflight). Both are refused before a body is read or a handler runs, so they cannot set up the house or
 * count as failed sign-ins.
 */
import type { IncomingMessage } from 'node:http';
import { Refusal } from './reply';
import { msg } from '../db/platform/messages';

const HOST_NAMES = ['127.0.0.1', 'localhost'];

/** Fetch metadata a browser sends for a request from the app's own page, or one the user typed. */
const OWN_FETCH_SITES = ['same-origin', 'none'];

export function refuseForeignHost(req: IncomingMessage): Refusal | null {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (HOST_NAMES.includes(host)) return null;
  return new Refusal(403, 'FORBIDDEN', msg('Alleen bereikbaar via 127.0.0.1.', 'Only reachable through 127.0.0.1.'));
}

/**
 * An API call must be JSON and, when the browser says where it comes from, come from the bridge's own page.
 * Callers without Origin and Sec-Fetch-Site (tests, curl, the bench) pass: a browser always sends Origin on a
 * POST, and a page cannot remove it.
 */
export function refuseForeignCaller(req: IncomingMessage, port: number): Refusal | null {
  const origin = req.headers.origin;
  const ownOrigins = HOST_NAMES.map((name) => `http://${name}:${port}`);
  const site = req.headers['sec-fetch-site'];
  if ((origin !== undefined && !ownOrigins.includes(origin)) || (site !== undefined && !OWN_FETCH_SITES.includes(site)))
    return new Refusal(
      403,
      'FORBIDDEN',
      msg(
        'Deze aanvraag komt niet van Wijkhuis zelf en is geweigerd.',
        'This request does not come from Wijkhuis itself and was refused.',
      ),
    );
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json')
    return new Refusal(
      415,
      'VALIDATION',
      msg(
        'Wijkhuis neemt alleen aanvragen in JSON aan (Content-Type: application/json).',
        'Wijkhuis only accepts requests in JSON (Content-Type: application/json).',
      ),
    );
  return null;
}
