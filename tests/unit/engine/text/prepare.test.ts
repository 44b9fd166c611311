// The block memo of prepare-block.ts is exact: a version prepared after another that shares
// its paragraphs (and so reuses their prepared form) is the same as the version prepared alone.
import { describe, expect, it } from 'vitest';
import { prepare, type Prepared } from '../../../../engine/text/prepare.js';

const fold = { ignoreCase: false, foldSpelling: true };
const BASE = [
  'PORT ELLIS, Maine (AP) — The council voted 5-2 on Jan. 5, 2019 to fund the pier.',
  '“We waited 12 years,” Mayor Ann Lee said. “It is done.”',
  'The U.S. grant covers 40 percent of the $3.5 million cost.',
  'Word.',
  'Word.',
].join('\n\n');
const REPRINT = [
  'The council voted 5-2 on Jan. 5, 2019 to fund the pier.',
  'Word.',
  '“We waited 12 years,” Mayor Ann Lee said. “It is done.”',
  'The U.S. grant covers 40\npercent of the $3.5 million cost.',
  'Word.\r\nWord.',
].join('\n\n');

/** A prepared version as plain data (its session object left out). */
function plain(p: Prepared): string {
  return JSON.stringify({ ...p, session: null }, (_k, v: unknown) =>
    v instanceof Map ? [...(v as Map<unknown, unknown>)] : v,
  );
}

describe('prepare', () => {
  it('prepares a version the same whether or not another shared its paragraphs first', () => {
    const shared = new Map<string, string>();
    prepare({ id: 'a', text: BASE }, fold, shared);
    const after = prepare({ id: 'b', text: REPRINT }, fold, shared);
    const alone = prepare({ id: 'b', text: REPRINT }, fold, new Map());
    expect(plain(after)).toBe(plain(alone));
    expect(after.sentences.length).toBeGreaterThan(4);
  });
});
