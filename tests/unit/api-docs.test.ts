import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { API_DOCS_PATH, renderApiDocs } from '../../scripts/api-docs';

describe('docs/API.md', () => {
  it('is up to date with the contract (run `npm run api-docs` after changing a method)', () => {
    expect(readFileSync(API_DOCS_PATH, 'utf8')).toBe(renderApiDocs());
  });
});
