import type { Page } from 'playwright-core';
import type { StepResult, StepSpec } from './probe';
import { SCREENS } from './screens';
import { row, stats, type Row } from './rows';

/** The target for the step a user takes all day. */
const NAVIGATION = { max: 100, maxP95: 200 };

/** One step in the page: clicks, and resolves once the new screen is drawn with its data (probe.ts). */
export function step(page: Page, spec: StepSpec): Promise<StepResult> {
  return page.evaluate(`window.__bench.step(${JSON.stringify(spec)})`) as Promise<StepResult>;
}

/** Every step's results over the counted rounds, by screen. */
export type Walks = Map<string, StepResult[]>;

/**
 * Walks through every main screen `reps` times in the running app (signed in, on Vandaag, no reload). The first
 * round warms the caches of browser and server and is not counted.
 */
export async function walkScreens(page: Page, reps: number): Promise<Walks> {
  const walks: Walks = new Map(SCREENS.map((s) => [s.name, []]));
  for (let round = 0; round <= reps; round++) {
    for (const spec of SCREENS) {
      const result = await step(page, spec);
      if (round > 0) walks.get(spec.name)!.push(result);
    }
  }
  return walks;
}

export function navigationRows(walks: Walks): Row[] {
  return [...walks].map(([name, results]) =>
    row(`navigation: ${name}`, stats(results.map((r) => r.ms)), null, NAVIGATION),
  );
}
