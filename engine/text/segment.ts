// Paragraph splitting. Blank lines separate paragraphs; inside a chunk without blank lines,
// every line is a paragraph (scraped and pasted text often uses single newlines: share-button
// lists, repeated headlines) unless the chunk looks hard-wrapped, as e-mail and plain-text
// wires are, in which case its lines are rejoined.

/** A `[start, end)` range of a text. */
export interface Span {
  start: number;
  end: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const TERMINAL = /[.!?:;"'\u201D\u2019)\]]$/;
const BULLET = /^[•·▪◦‣●■*+>-]\s/u;

/** Lines of `text[start, end)` with surrounding whitespace trimmed off; blank lines as null. */
function linesOf(text: string, start: number, end: number): Array<Line | null> {
  const out: Array<Line | null> = [];
  let i = start;
  while (i <= end) {
    let j = text.indexOf('\n', i);
    if (j === -1 || j > end) j = end;
    let s = i;
    let e = j;
    while (s < e && /\s/.test(text.charAt(s))) s += 1;
    while (e > s && /\s/.test(text.charAt(e - 1))) e -= 1;
    out.push(s < e ? { start: s, end: e, text: text.slice(s, e) } : null);
    i = j + 1;
  }
  return out;
}

/**
 * A chunk is hard-wrapped when most of its lines stop without terminal punctuation and at
 * least one line continues in lower case; headline repeats and bullet lists fail this test.
 */
function looksHardWrapped(lines: Line[]): boolean {
  if (lines.some((l) => BULLET.test(l.text))) return false;
  const inner = lines.slice(0, -1);
  const open = inner.filter((l) => !TERMINAL.test(l.text)).length;
  if (open * 2 <= inner.length) return false;
  return lines.slice(1).some((l) => /^[\p{Ll}\d(,;]/u.test(l.text));
}

/** Splits a text into paragraphs; together they cover every non-blank character. */
export function splitBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  let chunk: Line[] = [];
  const flush = (): void => {
    const first = chunk[0];
    const last = chunk[chunk.length - 1];
    if (first === undefined || last === undefined) return;
    if (chunk.length > 1 && looksHardWrapped(chunk)) {
      blocks.push({ start: first.start, end: last.end });
    } else {
      for (const l of chunk) blocks.push({ start: l.start, end: l.end });
    }
    chunk = [];
  };
  for (const line of linesOf(text, 0, text.length)) {
    if (line === null) flush();
    else chunk.push(line);
  }
  flush();
  return blocks;
}
