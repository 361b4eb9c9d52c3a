import { describe, expect, it } from 'vitest';
import { parseCatalogueImport } from '../../src/shared/catalog/catalogue-import';
import { arrayElementLines, syntaxErrorLine } from '../../src/shared/catalog/json-element-lines';

// A JSON catalogue is pointed at by line, whatever editor wrote it: Windows line ends, tabs, one
// long line, strings holding brackets, a "procedures" key nested deeper or written twice. And a
// file that is not a catalogue at all is named for what it is.

describe('the line each procedure starts on', () => {
  it('counts Windows line ends, tabs and blank lines, and skips brackets inside strings and nested keys', () => {
    const text = [
      '{',
      '\t"format": "motcua-catalogue",',
      '  "other": [ {"procedures": [1, 2]} ],',
      '  "procedures": [ \t',
      '    { "name": "Cấp \\"bản sao\\" ] [ {" },',
      '',
      '    {',
      '      "list": [1, 2]',
      '    } ,\t',
      '    3',
      '  ],',
      '  "after": [9, 10]',
      '}',
    ].join('\r\n');
    expect(JSON.parse(text).procedures).toHaveLength(3);
    expect(arrayElementLines(text, 'procedures')).toEqual([5, 7, 10]);
  });

  it('gives every procedure of a one-line file line 1', () => {
    expect(arrayElementLines('{"format":"x","procedures":[{"a":1},{"b":[2]},3]}', 'procedures')).toEqual([1, 1, 1]);
  });

  it('follows the last "procedures" when the key is written twice, as JSON.parse does', () => {
    expect(arrayElementLines('{\n"procedures": [1,\n2],\n"procedures": [\n\n3]\n}', 'procedures')).toEqual([6]);
  });

  it('finds nothing in a file without the key or with an empty list', () => {
    expect(arrayElementLines('{"format": 1}', 'procedures')).toEqual([]);
    expect(arrayElementLines('{"procedures": [ ]}', 'procedures')).toEqual([]);
  });
});

describe('the line of a syntax error', () => {
  it('takes the line from the message, or counts it from the position, or falls back to line 1', () => {
    expect(syntaxErrorLine('', 'Expected property name (line 123 column 4)')).toBe(123);
    expect(syntaxErrorLine('{\n"a": 1,\n}', 'Expected double-quoted property name in JSON at position 10')).toBe(3);
    expect(syntaxErrorLine('{', 'Unexpected end of JSON input')).toBe(1);
  });

  it('points the import at the line JSON.parse stopped on', () => {
    const result = parseCatalogueImport('{\n  "format": "motcua-catalogue",\n  "version": 1\n  "procedures": []\n}', 'json');
    expect(result.ok ? null : result.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
      [4, null, 'Tệp không phải JSON hợp lệ (thường do thiếu dấu phẩy, ngoặc hoặc dấu ngoặc kép).'],
    ]);
  });
});

describe('a JSON file that is no catalogue', () => {
  const refusal = (text: string) => {
    const result = parseCatalogueImport(text, 'json');
    return result.ok ? null : result.issues.map((i) => [i.line, i.field, i.reason]);
  };
  const notCatalogue = [[1, 'format', 'Tệp JSON không phải danh mục thủ tục của Một Cửa (thiếu "format": "motcua-catalogue").']];

  it('is named for what it is: no envelope, a list of envelopes, another format', () => {
    for (const text of [
      'null',
      '"motcua-catalogue"',
      '[{"format": "motcua-catalogue", "version": 1, "procedures": []}]',
      '{"format": "csv"}',
    ])
      expect(refusal(text), text).toEqual(notCatalogue);
  });

  it('names a missing or newer version, and procedures that are not a list', () => {
    expect(refusal('{"format": "motcua-catalogue", "procedures": []}')).toEqual([
      [1, 'version', 'Phiên bản định dạng undefined chưa được hỗ trợ; ứng dụng này đọc phiên bản 1.'],
    ]);
    expect(refusal('{"format": "motcua-catalogue", "version": "2"}')).toEqual([
      [1, 'version', 'Phiên bản định dạng "2" chưa được hỗ trợ; ứng dụng này đọc phiên bản 1.'],
    ]);
    expect(refusal('{"format": "motcua-catalogue", "version": 1, "procedures": {"a": 1}}')).toEqual([
      [1, 'procedures', 'Phải là một danh sách.'],
    ]);
  });
});
