// Pins attribution and quote analysis on the real seeds (read at run time, never copied).
import { describe, expect, it } from 'vitest';
import { readSeed, seedsSkipReason } from '../../support/seeds.js';
import { compare } from '../../../engine/index.js';
import type { Pair } from '../../../engine/types.js';

const skip = seedsSkipReason() !== null;
const run = (ids: string[]) =>
  compare(
    ids.map((id) => ({ id, text: readSeed(id as '003') })),
    { base: 0 },
  );

describe.skipIf(skip)('seeds: attributions and quotes', () => {
  const wp = skip ? null : run(['003', '002', '004']);
  const p002 = wp?.pairs[0] as Pair;
  const p004 = wp?.pairs[1] as Pair;
  const rows = (p: Pair) =>
    p.attributions.map((a) => [a.status, a.base?.text ?? null, a.version?.text ?? null]);

  it('004 against 003: added NDTV report, changed dateline, dropped spokeswoman statements', () => {
    const r = rows(p004);
    expect(r).toContainEqual(['added', null, 'A NDTV report said']);
    expect(r).toContainEqual(['changed', 'BEIJING —', 'Beijing :']);
    // Only case and punctuation differ: the same class as the word diff gives it.
    const dateline = p004.attributions.find((a) => a.base?.text === 'BEIJING —');
    expect(dateline?.change).toBe('typography');
    expect(r).toContainEqual(['changed', 'according to a new report', 'according to a report']);
    expect(r).toContainEqual(['dropped', 'The ByteDance spokeswoman said', null]);
    expect(r).toContainEqual(['dropped', 'A Huawei statement said', null]);
    expect(r).toContainEqual(['dropped', 'the statement added', null]);
    expect(r).toContainEqual(['kept', 'she said', 'she said']);
  });

  it('004 against 003: quotes whose only change is British spelling', () => {
    const spelling = p004.quotes.filter((q) => q.status === 'spelling');
    expect(spelling.map((q) => q.version?.text.slice(0, 20))).toEqual([
      'are engaged in deepl',
      'Douyin allows indivi',
      'This practice is com',
    ]);
    expect(spelling[1]?.version?.speaker).toBe('ByteDance spokeswoman Anna Wang');
  });

  it('002 against 003: the (The Washington Post) credits are dropped', () => {
    const credits = rows(p002).filter((r) => r[1] === '(The Washington Post)');
    expect(credits).toEqual([
      ['dropped', '(The Washington Post)', null],
      ['dropped', '(The Washington Post)', null],
    ]);
  });

  it('001 against 000: the Simon Migliano quote became reported speech', () => {
    const c = run(['000', '001']);
    const q = c.pairs[0]?.quotes.find((x) => x.base?.speaker === 'Simon Migliano');
    expect(q?.status).toBe('paraphrased');
    expect(q?.base?.text.startsWith('Through providing essential web services')).toBe(true);
    expect(q?.version?.text.startsWith('Top10VPN’s Simon Migliano said that US tech giants')).toBe(
      true,
    );
  });
});
