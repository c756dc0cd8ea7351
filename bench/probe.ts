/**
 * What the bench installs in the page before the app's own scripts run (context.addInitScript), as plain
 * JavaScript in a string: the TypeScript loader would add helpers to a function that the page does not have,
 * and the app's Content-Security-Policy forbids the eval behind playwright's waitForFunction, so the page
 * measures itself and the bench only awaits the result.
 *
 * - `window.__api` counts the API calls in flight and logs each finished one: its method, the server's own
 *   time from the bridge's Server-Timing header, the bytes of its answer and, for a list, how many items.
 *   A call counts as finished once the app has read its body, so "nothing in flight" means the data is in.
 * - `window.__bench.step(spec)` clicks one control and resolves with the milliseconds until the new screen is
 *   drawn with its data and nothing loading (see `ready`), and the calls it made meanwhile.
 */

/** One step of the navigation: what to click, and how to know the screen it opens is drawn with its data. */
export interface StepSpec {
  name: string;
  /** The control: the first element matching `selector` whose text or aria-label is `text` (or starts with it; any, without text). */
  click: { selector: string; text?: string };
  /** The address must start with this (`#/agenda`). */
  hash: string;
  /** An element only drawn from the screen's data, visible. */
  ready: string;
}

/** A finished API call, as the page saw it. */
export interface ApiCall {
  name: string;
  start: number;
  end: number;
  dispatchMs: number;
  jsonMs: number;
  bytes: number;
  /** The number of items when the answer is a list. */
  items: number | null;
}

export interface StepResult {
  ms: number;
  calls: ApiCall[];
}

/** How long everything must stay drawn and quiet before a step counts as done (a call made later restarts it). */
export const QUIET_MS = 120;

export const PROBE_SCRIPT = `(() => {
  const api = (window.__api = { inflight: 0, started: 0, log: [] });
  const fetchOriginal = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input.url;
    if (!url.includes('/api/')) return fetchOriginal(input, init);
    api.inflight++;
    api.started++;
    const entry = { name: url.split('/api/')[1], start: performance.now(), end: 0, dispatchMs: 0, jsonMs: 0, bytes: 0, items: null };
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      entry.end = performance.now();
      api.inflight--;
      api.log.push(entry);
    };
    try {
      const res = await fetchOriginal(input, init);
      for (const m of (res.headers.get('server-timing') || '').matchAll(/(\\w+);dur=([\\d.]+)/g)) entry[m[1] + 'Ms'] = Number(m[2]);
      entry.bytes = Number(res.headers.get('content-length') || 0);
      const json = res.json.bind(res);
      res.json = () => json().then(
        (value) => { entry.items = Array.isArray(value) ? value.length : null; finish(); return value; },
        (error) => { finish(); throw error; },
      );
      return res;
    } catch (error) {
      finish();
      throw error;
    }
  };

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  // By its exact text or aria-label; else by the start of its text (a tab followed by its count badge).
  const find = (click) => {
    const all = [...document.querySelectorAll(click.selector)];
    if (click.text === undefined) return all[0];
    return all.find((el) => el.textContent.trim() === click.text || el.getAttribute('aria-label') === click.text) ??
      all.find((el) => el.textContent.trim().startsWith(click.text));
  };
  // Drawn with its data: the address is the screen's, its data element is visible, no call is in flight (and at
  // least one was made since the click), and no loader or busy region is left anywhere in the page.
  const ready = (spec, startedBefore) => {
    if (!location.hash.startsWith(spec.hash)) return false;
    const el = document.querySelector(spec.ready);
    if (!el || !el.checkVisibility()) return false;
    if (api.inflight > 0 || api.started === startedBefore) return false;
    return !document.querySelector('main .mantine-Loader-root, [aria-busy="true"]');
  };

  window.__bench = {
    async step(spec) {
      const target = find(spec.click);
      if (!target) throw new Error('nothing to click for ' + spec.name);
      const startedBefore = api.started;
      const logged = api.log.length;
      const t0 = performance.now();
      target.click();
      let drawnAt = null;
      let startedAtDrawn = 0;
      while (true) {
        await frame();
        if (performance.now() - t0 > 120000) throw new Error(spec.name + ' was not drawn: ' + spec.ready);
        if (!ready(spec, startedBefore) || (drawnAt !== null && api.started !== startedAtDrawn)) {
          drawnAt = null;
          continue;
        }
        if (drawnAt === null) {
          // The frame in which it was first complete has now been painted.
          await frame();
          drawnAt = performance.now();
          startedAtDrawn = api.started;
        } else if (performance.now() - drawnAt >= ${QUIET_MS}) break;
      }
      return { ms: drawnAt - t0, calls: api.log.slice(logged).filter((c) => c.start >= t0) };
    },
  };
})();`;
