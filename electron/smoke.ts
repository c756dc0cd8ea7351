import type { App, BrowserWindow } from 'electron';

export const SMOKE_OK = 'WIJKHUIS SMOKE OK';

interface SmokeOptions {
  log: (line: string) => void;
  shutdown: () => void;
  timeoutMs: number;
}

/**
 * `--smoke-test`: proves a real start end to end: the page loaded over app://, the preload exposed
 * window.wijkhuis, IPC reached the core, and the database answered through the Electron binding.
 */
export function runSmokeTest(app: Pick<App, 'quit' | 'exit'>, win: BrowserWindow, o: SmokeOptions): void {
  let done = false;
  const fail = (reason: string) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    o.log(`WIJKHUIS SMOKE FAILED: ${reason}`);
    // exit() skips will-quit, so the database is closed here.
    o.shutdown();
    app.exit(1);
  };
  const timer = setTimeout(() => fail(`geen antwoord binnen ${o.timeoutMs} ms`), o.timeoutMs);
  win.webContents.once('did-fail-load', (_event, code, description) => fail(`laden mislukt (${code} ${description})`));
  win.webContents.once('did-finish-load', () => {
    win.webContents
      .executeJavaScript("window.wijkhuis.call('setup.status', {})")
      .then((result: unknown) => {
        if (done) return;
        if (!(result as { ok?: unknown } | null)?.ok) return fail(`setup.status gaf ${JSON.stringify(result)}`);
        done = true;
        clearTimeout(timer);
        o.log(SMOKE_OK);
        app.quit();
      })
      .catch((error: unknown) => fail(String(error)));
  });
}
