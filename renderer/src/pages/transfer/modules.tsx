import type { ModuleDef } from '../../shell/modules';

export const TRANSFER_MODULES: ModuleDef[] = [];
