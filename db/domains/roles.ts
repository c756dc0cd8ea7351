import { ROLES, type Role } from '../schemas/common';

export const ALL_ROLES: readonly Role[] = ROLES;
