import { openHouse } from '../../db/house';
import { dispatch } from '../../db/contract/dispatch';
import type { Core } from '../../db/platform/core';
import { DEMO_HOUSE, DEMO_PASSWORD, e2eClock } from './harness';

/**
 * For a data folder filled before the preview opens it: the demo house set up through the core, on the tests'
 * clock, with the beheerder "bea"; `fill` gets the core and her session, and the core is closed after.
 */
export async function seedDemoHouse<T>(
  dataDir: string,
  fill: (core: Core, token: string) => Promise<T>,
  { house = DEMO_HOUSE, password = DEMO_PASSWORD } = {},
): Promise<T> {
  const core = await openHouse({ dataDir, clock: e2eClock });
  try {
    const setup = await dispatch(
      core,
      'setup.firstRun',
      { buildingName: house, user: { name: 'Bea de Beheerder', username: 'bea', password }, demo: true },
      null,
    );
    if (!setup.ok || !setup.session || !('set' in setup.session))
      throw new Error(`setup failed: ${JSON.stringify(setup)}`);
    return await fill(core, setup.session.set);
  } finally {
    core.close();
  }
}
