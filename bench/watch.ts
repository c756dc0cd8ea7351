import type { Page } from 'playwright-core';

/**
 * Marks, in the page's own clock (milliseconds since navigation started), the first frame in which each
 * selector is present: installed before any script of the app runs (context.addInitScript).
 */
export function watchScript(watch: Record<string, string>): string {
  return `window.__seen = {};
    (function watch() {
      for (const [name, selector] of Object.entries(${JSON.stringify(watch)})) if (!(name in window.__seen) && document.querySelector(selector)) window.__seen[name] = performance.now();
      requestAnimationFrame(watch);
    })();`;
}

/** When `name` of the watch was first seen, polled from here: the app's Content-Security-Policy forbids the eval behind waitForFunction. */
export async function firstSeen(page: Page, name: string): Promise<number> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const at = (await page.evaluate(`window.__seen && window.__seen[${JSON.stringify(name)}]`)) as number | undefined;
    if (typeof at === 'number') return at;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${name} did not appear`);
}
