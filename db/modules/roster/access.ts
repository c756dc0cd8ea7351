/** Who runs the volunteers and the roster. */
export const COORDINATION = ['beheerder', 'coordinator'] as const;
