import { describe, expect, it } from 'vitest';
import { foldLayer, foldTypography, tokenKey } from '../../../../engine/text/normalize.js';
import { foldSpellingWord } from '../../../../engine/text/spelling.js';

const fold = { ignoreCase: false, foldSpelling: true };

describe('foldTypography', () => {
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

  it('keeps different words apart', () => {
    for (const [a, b] of [
      ['filled', 'filed'],
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
