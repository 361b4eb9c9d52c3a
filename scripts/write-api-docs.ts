import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ApiError } from '../src/main/service/api-error';
import { describeContract } from '../src/shared/api/describe-contract';

// `npm run docs:api`: rewrites docs/api.md from the API contract. tests/api/api-docs.test.ts
// imports the same rendering, so the committed file cannot drift from the contract.

export const API_DOCS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/api.md');

export function apiDocsMarkdown(): string {
  return describeContract({ statusOf: (code) => new ApiError(code).status });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  fs.writeFileSync(API_DOCS_FILE, apiDocsMarkdown());
  console.log(`Wrote ${path.relative(process.cwd(), API_DOCS_FILE)}`);
}
