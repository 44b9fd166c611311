// Issue 8, the remaining misses on real copy: name lines ("Jane Doe, Harbor Institute"),
// author introductions ("…, writes the following:"), pull-quote credits glued to their
// quotation, reporting verbs that only follow their subject ("voiced concern"), and a closing
// quotation mark typed as an opening one. Texts written for this file.
import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../../engine/sources/attributions-find.js';
import type { BlockKind } from '../../../../engine/types.js';
import { pairOf, text } from '../fixtures.js';

/** Attributions of paragraphs (body unless a kind is given) as [source, kind, rule]. */
function found(...paras: Array<string | [BlockKind, string]>): Array<[string, string, string]> {
  const list = paras.map((p) => (typeof p === 'string' ? (['body', p] as const) : p));
  let at = 0;
  const blocks = list.map(([kind, p]) => {
    const b = { start: at, end: at + p.length, kind };
    at += p.length + 2;
    return b;
  });
  return findAttributions(list.map(([, p]) => p).join('\n\n'), blocks).map((a) => [
    a.source ?? '',
    a.kind,
    a.rule,
  ]);
}

const LEAD = 'The ferry to Lindau resumed service on Monday after a two-month repair of its hull.';

describe('name lines', () => {
  it.each([
    ['Tomas Berg, Harbor Institute of Oceanography', 'Tomas Berg'],
    ['Ann L Holt, UCL', 'Ann L Holt'],
    ['Ann Holt, marine biologist at the Harbor Institute', 'Ann Holt'],
    ['Ann Holt-Berg, mother of a missing deckhand', 'Ann Holt-Berg'],
  ])('a block "%s" is a byline', (line, who) => {
    expect(found(LEAD, line)).toContainEqual([who, 'byline', 'name line']);
  });

  it.each([
    'Climate Change, Global Warming',
    'Monday, June 5',
    'Port Ellis, Maine',
    'Ferries, Trains and Buses',
    'Ann Holt, who runs the ferry, left early.',
    'The ferry was repaired by Ann Holt, director of the',
  ])('"%s" is no name line', (line) => {
    expect(found(LEAD, line).filter((x) => x[1] === 'byline')).toEqual([]);
  });
});

describe('author introductions', () => {
  it('"X, role at Y writes the following:" is a byline, not "Y writes"', () => {
    const got = found(
      LEAD,
      'Ann Holt, a marine biologist at Harbor University writes the following:',
    );
    expect(got).toEqual([['Ann Holt', 'byline', 'author introduction']]);
  });

  it('a byline that becomes an author introduction is changed', () => {
    const body = [LEAD, 'The operator said the repair took longer than planned.'];
    const p = pairOf(
      text(['By Ann Holt, HU.', ...body]),
      text(['Ann Holt, marine biologist at Harbor University, writes the following:', ...body]),
    ).p;
    const by = p.attributions.find((a) => a.kind === 'byline');
    expect(by?.status).toBe('changed');
    expect(by?.version?.text).toContain('writes the following');
  });
});

describe('pull-quote credits glued to their quotation', () => {
  it('a paragraph ending in "Name, role" with no stop credits the name', () => {
    const got = found(
      LEAD,
      'We waited all night at the pier for any news Ann Holt, mother of a deckhand',
    );
    expect(got).toContainEqual(['Ann Holt', 'speech', 'pull-quote credit']);
  });

  it.each([
    'We waited all night at the pier with Ann Holt, mother of a deckhand',
    'We waited all night at the pier for news of Ann Holt, mother of a deckhand.',
    'Ann Holt, mother of a deckhand',
  ])('"%s" is no pull-quote credit', (p) => {
    expect(found(LEAD, p).filter((x) => x[2] === 'pull-quote credit')).toEqual([]);
  });
});

describe('reporting verbs that follow their subject', () => {
  it.each([
    ['Retailers voiced concern about the new ferry fares.', 'Retailers'],
    ['Harbor officials expressed doubts that the quay would reopen.', 'Harbor officials'],
    ['Ann Holt posted on social media that the ferry was late.', 'Ann Holt'],
  ])('%s', (p, who) => {
    expect(found(p).map((x) => x[0])).toEqual([who]);
  });

  it.each([
    'The ferry company posted a loss of two million in the first quarter.',
    'The protein expressed in the cells was measured on Monday.',
    'Voiced consonants are hard for the new ferry announcer.',
  ])('%s credits nobody', (p) => {
    expect(found(p)).toEqual([]);
  });

  it('"told" becoming "voiced concern" pairs as changed', () => {
    const p = pairOf(
      text([LEAD, 'Retailers told the harbor board the new ferry fares would hurt trade.']),
      text([LEAD, 'Retailers voiced concern that the new ferry fares would hurt trade.']),
    ).p;
    expect(p.attributions.map((a) => [a.status, a.version?.text])).toEqual([
      ['changed', 'Retailers voiced'],
    ]);
  });
});

describe('a closing mark typed as an opening one', () => {
  it('ends the quotation, so the attribution after it is found and its order change shown', () => {
    const q = 'How is a ferry going to teach them to swim?';
    const p = pairOf(
      text([LEAD, `“${q}” said Holt, who runs the pier, at the meeting.`]),
      text([LEAD, `“${q} “Holt said, who runs the pier, at the meeting.`]),
    ).p;
    expect(p.attributions.map((a) => [a.status, a.change ?? null])).toEqual([['changed', 'order']]);
    expect(p.quotes.map((x) => [x.status, x.version?.speaker])).toEqual([['identical', 'Holt']]);
  });
});
