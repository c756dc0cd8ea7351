/**
 * The budget's input schemas and words, shared with the renderer's forms: one import for everything,
 * split by topic.
 */
export * from './vocabulary';
export * from './amountSchemas';
export * from './roundSchemas';
export * from './applicationSchemas';
export * from './committeeSchemas';
export * from './grantSchemas';
