/** Where tests find the repository's own files, wherever the test file sits in test/. */
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** Vendored third-party data (OpenAPI document, sipgate's webhook key and signed test vector): see spec/README.md. */
export const SPEC_DIR = path.join(REPO_ROOT, 'spec');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'test', 'fixtures');

export function repoPath(...parts: string[]): string {
  return path.join(REPO_ROOT, ...parts);
}
