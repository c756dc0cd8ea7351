import { describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { denyAllPermissions, hardenWebContents, isAppUrl, isExternalHttpUrl } from '../../../electron/security';
import { createFakeElectron, type FakeWebContents } from './fake-electron';

function hardened(): { contents: FakeWebContents; opened: string[] } {
  const fake = createFakeElectron();
  const contents = fake.newWebContents();
  const opened: string[] = [];
  hardenWebContents(contents as unknown as WebContents, (url) => void opened.push(url));
  return { contents, opened };
}

describe('isAppUrl', () => {
  it('accepts the app itself', () => {
    expect(isAppUrl('app://wijkhuis/index.html')).toBe(true);
    expect(isAppUrl('app://wijkhuis/assets/index-abc.js?x=1#y')).toBe(true);
  });

  it.each([
    'https://wijkhuis.nl/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app:wijkhuis',
    'javascript:alert(1)',
    'about:blank',
    '',
    'niet een url',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('isExternalHttpUrl', () => {
  it.each(['https://www.rotterdam.nl/', 'http://example.org/a?b=c'])('lets %s go to the browser', (url) =>
    expect(isExternalHttpUrl(url)).toBe(true),
  );

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-settings:privacy',
    'mailto:a@b.nl',
    'app://wijkhuis/index.html',
    'data:text/html,<b>x</b>',
    'http://',
    '',
  ])('keeps %s away from the OS', (url) => expect(isExternalHttpUrl(url)).toBe(false));
});

describe('hardenWebContents', () => {
  it('lets navigation within app:// happen', () => {
    const { contents } = hardened();
    expect(contents.navigate('app://wijkhuis/index.html#/zalen')).toBe(false);
  });

  it('stops navigation to a foreign page and opens web links in the browser instead', () => {
    const { contents, opened } = hardened();
    expect(contents.navigate('https://phishing.example/login')).toBe(true);
    expect(contents.navigate('file:///etc/passwd')).toBe(true);
    expect(opened).toEqual(['https://phishing.example/login']);
  });

  it('stops redirects away from app://', () => {
    const { contents, opened } = hardened();
    expect(contents.navigate('https://elders.example/', 'will-redirect')).toBe(true);
    expect(opened).toEqual([]);
  });

  it('denies every new window and passes only http(s) to the browser', () => {
    const { contents, opened } = hardened();
    const open = contents.windowOpenHandler!;
    for (const url of [
      'https://www.huisvandewijk.nl/',
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://wijkhuis/index.html',
      'ms-settings:',
    ]) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://www.huisvandewijk.nl/', 'http://example.org/']);
  });

  it('refuses <webview> tags', () => {
    const { contents } = hardened();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request with no', async () => {
    const fake = createFakeElectron();
    denyAllPermissions(fake.electron.session.defaultSession);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(await fake.requestPermission(permission)).toBe(false);
    }
  });
});
