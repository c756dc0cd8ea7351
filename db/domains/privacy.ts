/** Privacy (AVG): the register, the rights of a person, retention. Filled by the privacy work. */
export const privacyMethods = {};
