import { Core, type CoreOptions } from './platform/core';
import { ROUTINES, WORKERS } from './contract/api';
import { getSettings } from './modules/system/settings';

export type HouseOptions = Omit<CoreOptions, 'routines' | 'settings' | 'workers'>;

/**
 * Opens a house's data folder with its modules plugged into the platform: their routines and the
 * settings the platform reads (backups to keep, minutes before the screen locks). Every adapter opens
 * the core through here.
 */
export function openHouse(options: HouseOptions): Promise<Core> {
  return Core.open({ ...options, routines: ROUTINES, workers: WORKERS, settings: getSettings });
}
