import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_DOCS_FILE, apiDocsMarkdown } from '../../scripts/write-api-docs';
import { eventNames, methodNames } from '../../src/shared/api/contract';
import { errorMessages, type ErrorCode } from '../../src/shared/i18n/vi';

describe('docs/api.md', () => {
  // The committed file was written by another process (`npm run docs:api`): equal bytes here also show
  // the rendering does not depend on the process (no clock, no random order, no environment).
  it('is exactly what the contract generates now, byte for byte', () => {
    const committed = fs.existsSync(API_DOCS_FILE) ? fs.readFileSync(API_DOCS_FILE, 'utf8') : '(missing)';
    expect(committed, 'docs/api.md is out of date with the API contract: run `npm run docs:api` and commit the result').toBe(
      apiDocsMarkdown(),
    );
  });

  it('documents every method with its route, every event and every error code with its status', () => {
    const docs = apiDocsMarkdown();
    for (const name of methodNames) {
      expect(docs).toContain(`### ${name}\n`);
      expect(docs).toContain(`\`POST /api/${name}\``);
    }
    for (const name of eventNames) expect(docs).toContain(`### \`${name}\`\n`);
    expect(docs).toContain('| `ticket_not_found` | 404 | Không tìm thấy số thứ tự. |');
    expect(docs).toContain('| `counter_busy` | 409 |');
    for (const code of Object.keys(errorMessages) as ErrorCode[]) expect(docs).toContain(`| \`${code}\` |`);
  });

  it('states the limits of free-text inputs, which the input JSON Schema alone would hide', () => {
    const saveCounter = apiDocsMarkdown().split('### saveCounter\n')[1]!.split('\n### ')[0]!;
    expect(saveCounter).toContain(
      '"description": "Trimmed and NFC-normalised, then 1–100 characters; refuses bidi and other control characters',
    );
  });

  it('marks pairDevice as open and callNext as counter-scoped', () => {
    const docs = apiDocsMarkdown();
    expect(docs).toContain('| [`pairDevice`](#pairdevice) | — | — | open |');
    expect(docs.split('### callNext\n')[1]!.split('\n### ')[0]).toContain('Counter-scoped');
  });
});
