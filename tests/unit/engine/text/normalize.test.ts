import { describe, expect, it } from 'vitest';
import { foldLayer, foldTypography, tokenKey } from '../../../../engine/text/normalize.js';
import { foldSpellingWord } from '../../../../engine/text/spelling.js';

const fold = { ignoreCase: false, foldSpelling: true };

/** foldTypography without its fast paths: every step on every string. */
function slowFold(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u301D\u301E]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/[\s\u00A0]+/g, ' ');
}

describe('foldTypography', () => {
  it('gives what every step would give, for every code unit in a plain context', () => {
    // The ASCII and NFKC-stable fast paths must skip only steps that would change nothing.
    for (let c = 0; c < 0x10000; c += 1) {
      const s = `a ${String.fromCharCode(c)}b-`;
      if (foldTypography(s) !== slowFold(s))
        expect([c, foldTypography(s)]).toEqual([c, slowFold(s)]);
    }
    for (const s of ['', ' ', 'a  b', 'a--b', 'a\tb', '`x`', 'e\u0301', '“x” – y', '½ ﬁ …']) {
      expect(foldTypography(s)).toBe(slowFold(s));
    }
  });

  it('folds quotes, apostrophes, dashes, spaces, soft hyphens and ellipses', () => {
    expect(foldTypography('“China’s” — it…')).toBe('"China\'s" - it...');
    expect(foldTypography('1\u00a0million  and\u00ad so')).toBe('1 million and so');
    expect(foldTypography('ﬁle')).toBe('file');
  });
});

describe('tokenKey and foldLayer', () => {
  it('makes typography and spelling variants the same key, keeping case unless asked', () => {
    expect(tokenKey('China’s', fold)).toBe(tokenKey("China's", fold));
    expect(tokenKey('behaviour', fold)).toBe(tokenKey('behavior', fold));
    expect(tokenKey('Organisations', fold)).toBe('Organizations');
    expect(tokenKey('behaviour', { ...fold, foldSpelling: false })).not.toBe('behavior');
    expect(tokenKey('Report', fold)).not.toBe(tokenKey('report', fold));
    expect(tokenKey('Report', { ...fold, ignoreCase: true })).toBe('report');
  });

  it('says which layer makes two tokens equal', () => {
    expect(foldLayer('China’s', "China's")).toBe('typography');
    expect(foldLayer('BEIJING', 'Beijing')).toBe('typography');
    expect(foldLayer('organisations', 'organizations')).toBe('spelling');
    expect(foldLayer('make-up', 'makeup')).toBe('spelling');
    expect(foldLayer('filled', 'filed')).toBeNull();
  });
});

describe('US/UK spelling table', () => {
  it.each([
    ['behaviour', 'behavior'],
    ['organisation', 'organization'],
    ['criticised', 'criticized'],
    ['analysed', 'analyzed'],
    ['centre', 'center'],
    ['theatres', 'theaters'],
    ['travelled', 'traveled'],
    ['defence', 'defense'],
    ['programme', 'program'],
    ['re-education', 'reeducation'],
    ['whilst', 'while'],
    ['catalogue', 'catalog'],
    ['cheque', 'check'],
    ['cheques', 'checks'],
    ['kerbside', 'curbside'],
    ['tyres', 'tires'],
    ['aluminium', 'aluminum'],
    ['ploughed', 'plowed'],
    ['manoeuvres', 'maneuvers'],
    ['pyjamas', 'pajamas'],
    ['grey', 'gray'],
    ['mould', 'mold'],
    ['sceptical', 'skeptical'],
    ['enrolment', 'enrollment'],
    ['licence', 'license'],
    ['artefacts', 'artifacts'],
    ['practised', 'practiced'],
    ['fulfilment', 'fulfillment'],
  ])('%s folds like %s', (uk, us) => {
    expect(foldSpellingWord(uk)).toBe(foldSpellingWord(us));
  });

  // The doubled-l rule (not a table entry per word): British English doubles the l of an
  // unstressed final syllable before a suffix, American English does not.
  it.each([
    ['councillors', 'councilors'],
    ['Councillor', 'councilor'],
    ['counsellor', 'counselor'],
    ['labelled', 'labeled'],
    ['modelling', 'modeling'],
    ['marvellous', 'marvelous'],
    ['signalling', 'signaling'],
    ['panellists', 'panelists'],
    ['jewellery', 'jewelry'],
    ['travellers', 'travelers'],
    ['snorkelled', 'snorkeled'],
  ])('doubled l: %s folds like %s', (uk, us) => {
    expect(foldSpellingWord(uk.toLowerCase())).toBe(foldSpellingWord(us));
  });

  it('keeps different words apart', () => {
    for (const [a, b] of [
      ['filled', 'filed'],
      ['willing', 'wiling'],
      ['tolled', 'toled'],
      ['stalled', 'staled'],
      ['rise', 'rize'],
      ['prise', 'prize'],
      ['four', 'for'],
      // Both are British words: left apart on purpose (see engine/spelling.ts).
      ['storey', 'story'],
      ['draught', 'draft'],
    ]) {
      expect(foldSpellingWord(a as string)).not.toBe(foldSpellingWord(b as string));
    }
  });
});
