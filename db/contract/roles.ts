import { ROLES, type Role } from './fields';

export const ALL_ROLES: readonly Role[] = ROLES;
