import type { ModuleDef } from '../../shell/modules';

export const PRIVACY_MODULES: ModuleDef[] = [];
