import { describe, expect, it } from 'vitest';
import {
  cleanedWords,
  derivationWords,
  memberName,
  mergeChoices,
  percent,
  reasonWords,
  sourceWords,
  type Proposal,
} from '../../../../../renderer/src/components/grouping/grouping-words';

const proposal = (id: number, title: string, size: number): Proposal => ({
  id,
  title,
  source: 'near-duplicates',
  originalId: 1,
  reasons: [],
  members: Array.from({ length: size }, (_, i) => ({
    versionId: i + 1,
    storyId: i + 1,
    title: null,
    outlet: null,
    published: null,
    wordCount: 10,
    isOriginal: i === 0,
    containedInOriginal: null,
    containsOriginal: null,
    derivation: null,
  })),
  createdAt: '2024-05-06T00:00:00Z',
});

describe('grouping words', () => {
  it('says each reason with its kind first', () => {
    expect(reasonWords({ kind: 'earliest-date', text: 'published first, on 6 May 2024' })).toBe(
      'Earliest date: published first, on 6 May 2024',
    );
    expect(reasonWords({ kind: 'passim', text: 'cluster 7' })).toBe('passim cluster: cluster 7');
  });

  it('words derivation, shares and sources as a reader says them', () => {
    expect(derivationWords('wholly')).toBe('copy');
    expect(derivationWords('partially')).toBe('partial copy');
    expect(derivationWords('none')).toBe('not a copy');
    expect(derivationWords(null)).toBe('not measured');
    expect([percent(0.916), percent(0), percent(null)]).toEqual(['92%', '0%', '—']);
    expect(sourceWords('passim')).toBe('from passim');
  });

  it('names an article by outlet, else title, else number', () => {
    expect(memberName({ outlet: ' Valley Gazette ', title: 'T', versionId: 3 })).toBe(
      'Valley Gazette',
    );
    expect(memberName({ outlet: null, title: 'Dam', versionId: 3 })).toBe('Dam');
    expect(memberName({ outlet: '', title: null, versionId: 3 })).toBe('Article 3');
  });

  it('offers every other proposal to merge with', () => {
    const all = [proposal(1, 'Dam', 3), proposal(2, 'Bakery', 2)];
    expect(mergeChoices(all, 1)).toEqual([{ id: 2, label: 'Bakery (2)' }]);
  });
});

describe('cleanedWords', () => {
  it('says what went stale, or nothing', () => {
    expect(cleanedWords({ proposals: 0, members: 0 })).toBeNull();
    expect(cleanedWords({ proposals: 0, members: 1 })).toBe(
      '1 article was moved, deleted or joined by another version since the proposals were made, and left out.',
    );
    expect(cleanedWords({ proposals: 2, members: 3 })).toMatch(
      /^3 articles were .*; 2 proposals no longer stood and were removed\.$/,
    );
  });
});
