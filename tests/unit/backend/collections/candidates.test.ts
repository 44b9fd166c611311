// Candidate pairs from the LSH index (backend/collections/candidates.ts): near-identical
// articles are paired, unrelated ones are not, and a crowded bucket is linked as a star so the
// pairs stay linear in its size while its articles stay connected.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CANDIDATES, candidatePairs } from '../../../../backend/collections/candidates';
import { components } from '../../../../backend/collections/components';
import { Library } from '../../../../db';
import { newsParagraphs } from '../../../../bench/support/news-text';
import { version } from '../../db/helpers';

let dir: string;
let lib: Library;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-cand-'));
  lib = new Library(path.join(dir, 'l.sqlite'));
});
afterEach(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

function add(text: string): number {
  const s = lib.createStory('x');
  return lib.insertVersion(version(s.id, text)).version.id;
}

describe('candidate pairs', () => {
  it('links a crowded bucket as a star: connected, and linear in its size', () => {
    const wire = newsParagraphs(300, { seed: 3 }).join('\n\n');
    const n = CANDIDATES.maxBucket * 2;
    const copies = Array.from({ length: n }, (_, i) => add(`${wire}\n\nReprinted by outlet${i}.`));
    const other = add(newsParagraphs(300, { seed: 4 }).join('\n\n'));
    const pairs = candidatePairs(lib, null);
    const all = (n * (n - 1)) / 2;
    expect(pairs.length).toBeLessThan(all);
    expect(pairs.length).toBeLessThanOrEqual(CANDIDATES.maxBucket * n);
    const groups = components(
      [...copies, other],
      pairs.map((p) => [p.a, p.b] as const),
    );
    expect(groups).toEqual([copies, [other]]);
    for (const p of pairs) expect(p.jaccard).toBeGreaterThan(0.8);
  });

  it('pairs only the versions asked for', () => {
    const wire = newsParagraphs(300, { seed: 5 }).join('\n\n');
    const [a, b, c] = [1, 2, 3].map((i) => add(`${wire}\n\nCopy ${i}.`));
    const pairs = candidatePairs(lib, new Set([a ?? 0, b ?? 0]));
    expect(pairs.map((p) => [p.a, p.b])).toEqual([[a, b]]);
    expect(c).toBeGreaterThan(0);
  });
});
