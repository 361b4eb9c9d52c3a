// The text line on which each element of a top-level array property starts, so that an import error
// can point at the procedure the admin has to fix. Expects text JSON.parse has already accepted.

export function arrayElementLines(json: string, property: string): number[] {
  let lines: number[] = [];
  let line = 1;
  let depth = 0;
  let lastString: string | null = null;
  let key: string | null = null;
  let inTarget = false;
  let expectElement = false;
  for (let i = 0; i < json.length; i++) {
    const char = json[i]!;
    if (char === '\n') {
      line++;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') continue;
    if (inTarget && depth === 2 && expectElement && char !== ']') {
      lines.push(line);
      expectElement = false;
    }
    switch (char) {
      case '"': {
        const end = stringEnd(json, i);
        if (depth === 1) lastString = JSON.parse(json.slice(i, end + 1)) as string;
        i = end;
        break;
      }
      case ':':
        if (depth === 1) key = lastString;
        break;
      case '[':
        if (depth === 1 && key === property) {
          // JSON.parse keeps the last of repeated keys, so only the last array counts.
          lines = [];
          inTarget = true;
          expectElement = true;
        }
        depth++;
        break;
      case '{':
        depth++;
        break;
      case ']':
      case '}':
        depth--;
        if (depth === 1) inTarget = false;
        break;
      case ',':
        if (inTarget && depth === 2) expectElement = true;
        break;
    }
  }
  return lines;
}

/** Index of the quote that closes the string opening at `start`. */
function stringEnd(json: string, start: number): number {
  for (let i = start + 1; i < json.length; i++) {
    if (json[i] === '\\') i++;
    else if (json[i] === '"') return i;
  }
  return json.length - 1;
}

/** Where JSON.parse stopped, from its message (V8 gives a position, newer versions also a line). */
export function syntaxErrorLine(json: string, message: string): number {
  const lineMatch = /\bline (\d+)/.exec(message);
  if (lineMatch) return Number(lineMatch[1]);
  const positionMatch = /\bposition (\d+)/.exec(message);
  if (!positionMatch) return 1;
  return json.slice(0, Number(positionMatch[1])).split('\n').length;
}
