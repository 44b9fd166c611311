// The exact difference inside a quotation, word by word: `[-hardest-]{+toughest+}` marks,
// coloured when the terminal supports it. Whitespace stays attached to the word before it
// (as in jsdiff's word tokenizer) so a change of one word does not show as a change of the
// spaces around it; runs of removed and inserted words are grouped into one pair of marks.
import { diffArrays } from 'diff';

/** How deleted and inserted words are shown. */
export interface DiffPaint {
  del: (s: string) => string;
  ins: (s: string) => string;
}

/** Words of a quotation, each with the whitespace that follows it. */
function words(s: string): string[] {
  return (
    s
      .replace(/\s+/g, ' ')
      .trim()
      .match(/\S+\s*/g) ?? []
  );
}

/** The base quotation with its changes marked in place: `kept [-old-]{+new+} kept`. */
export function quoteDiff(base: string, version: string, k: DiffPaint): string {
  const parts = diffArrays(words(base), words(version));
  let out = '';
  let del = '';
  let ins = '';
  const flush = (): void => {
    // The space after the last word of a run goes outside the marks.
    const space = /\s$/.test(del || ins) ? ' ' : '';
    if (del) out += k.del(`[-${del.trimEnd()}-]`);
    if (ins) out += k.ins(`{+${ins.trimEnd()}+}`);
    if (del || ins) out += space;
    del = '';
    ins = '';
  };
  for (const p of parts) {
    const text = p.value.join('');
    if (p.removed) del += text;
    else if (p.added) ins += text;
    else {
      flush();
      out += text;
    }
  }
  flush();
  return out.trimEnd();
}
