import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Vietnamese text belongs to the message catalogue (src/shared/i18n/vi/), so that wording is changed in
// one place and nothing a clerk reads hides in code. Reference data that is itself Vietnamese (the
// default catalogue, holiday names, province names) lives in data files and is exempt.

const SRC = path.resolve(__dirname, '../../src');
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;

function exempt(relative: string): boolean {
  return (
    relative.startsWith('shared/i18n/vi/') ||
    relative.split('/').includes('data') ||
    relative.endsWith('.generated.ts') ||
    relative === 'main/service/config/default-config.ts'
  );
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every string literal, template piece and JSX text of a file that contains Vietnamese letters. */
export function vietnameseLiterals(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      if (VIETNAMESE.test(node.text)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${fileName}:${line + 1}: ${node.text.trim().slice(0, 60)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('Vietnamese text lives in the message catalogue', () => {
  // Reads every source file: seconds on a busy machine, more than the default 5 s.
  it('finds none in code outside src/shared/i18n/vi and the reference data', { timeout: 60_000 }, () => {
    const offenders = sourceFiles(SRC)
      .map((file) => path.relative(SRC, file).split(path.sep).join('/'))
      .filter((relative) => !exempt(relative))
      .flatMap((relative) => vietnameseLiterals(relative, fs.readFileSync(path.join(SRC, relative), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('catches a string, a template piece and JSX text, and ignores comments', () => {
    const code = [
      '// Gọi số tiếp theo: a comment is not text a clerk reads',
      "const a = 'Không tìm thấy';",
      'const b = `Quầy ${n} đang bận`;',
      'const c = <p>Đang tải</p>;',
      "const d = 'plain English';",
    ].join('\n');
    expect(vietnameseLiterals('probe.tsx', code)).toEqual([
      'probe.tsx:2: Không tìm thấy',
      'probe.tsx:3: Quầy',
      'probe.tsx:3: đang bận',
      'probe.tsx:4: Đang tải',
    ]);
  });
});
