import type { Session, WebContents, WebPreferences } from 'electron';
import { APP_HOST, APP_SCHEME } from './protocol';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Whether a URL belongs to the app itself (the renderer served over app://wijkhuis). */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
}

/**
 * Only web pages may leave the app, through the user's browser: file:, javascript:, smb: and
 * custom schemes handed to the OS could open or run local things.
 */
export function isExternalHttpUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
}

type OpenExternal = (url: string) => Promise<unknown> | unknown;

/**
 * The renderer never loads remote content: navigation away from app:// is stopped (a plain web
 * link opens in the browser instead) and every new window is denied.
 */
export function hardenWebContents(contents: WebContents, openExternal: OpenExternal): void {
  const openOutside = (url: string) => {
    if (!isExternalHttpUrl(url)) return;
    Promise.resolve(openExternal(url)).catch((error: unknown) =>
      console.error('[wijkhuis] link openen mislukt:', error),
    );
  };
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openOutside(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Camera, microphone, notifications, geolocation…: a desk program needs none of them. */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}

/**
 * What every window of the app runs with: isolated, sandboxed, no Node, no webviews, no mixed content. Spell
 * checking is off because Chromium would download dictionaries from Google on Windows and Linux.
 */
export const HARDENED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const satisfies WebPreferences;
