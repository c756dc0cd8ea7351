import { Refusal } from './reply';
import { msg } from '../db/platform/messages';

/**
 * The decoded path of a request. A malformed %-escape or a target that is not a path (`*`, a full URL) is the
 * caller's mistake: 400, not a crash in the log.
 */
export function requestPath(url: string | undefined): { raw: string; decoded: string } {
  const raw = (url ?? '/').split(/[?#]/, 1)[0]!;
  if (!raw.startsWith('/')) throw badPath();
  try {
    return { raw, decoded: decodeURIComponent(raw) };
  } catch {
    throw badPath();
  }
}

function badPath(): Refusal {
  return new Refusal(
    400,
    'VALIDATION',
    msg('Het adres van deze aanvraag klopt niet.', 'The address of this request is not right.'),
    false,
  );
}
