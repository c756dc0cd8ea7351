/** The same limit as the core's schema, checked before reading so a huge file is not sent at all. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
