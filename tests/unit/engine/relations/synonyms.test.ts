import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { foldWord } from '../../../../engine/relations/derivation/synonyms.js';

describe('synonym fold', () => {
  it('the committed table is what scripts/build-synonyms.mjs makes from the installed WordNet', () => {
    const out = execFileSync(process.execPath, ['scripts/build-synonyms.mjs', '--check'], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/up to date/);
  }, 60_000);

  it('folds reporting verbs, adjectives and adverbs that share their first sense', () => {
    expect(foldWord('stated')).toBe(foldWord('said'));
    expect(foldWord('says')).toBe(foldWord('tells'));
    expect(foldWord('large')).toBe(foldWord('big'));
    expect(foldWord('rapidly')).toBe(foldWord('quickly'));
    expect(foldWord('purchased')).toBe(foldWord('bought'));
    expect(foldWord('customers')).toBe(foldWord('client'));
  });

  it('folds inflections and keeps unrelated words apart', () => {
    expect(foldWord('warned')).toBe(foldWord('warns'));
    expect(foldWord('stopped')).toBe(foldWord('stop'));
    expect(foldWord('announced')).toBe(foldWord('announces'));
    expect(foldWord('firm')).not.toBe(foldWord('house'));
    expect(foldWord('said')).not.toBe(foldWord('denied'));
  });
});
