// The terminal report's words (issue 11, item 17): no engine names, drops called drops,
// one heading per group, and changes a terminal cannot show named. Real engine, no mocks.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../cli/compare-report.js';
import { invisibleChange } from '../../../cli/report-words.js';
import { pairOf, text } from '../engine/fixtures.js';

const report = (a: string, b: string): string => formatReport(pairOf(a, b).c, false);

describe('invisibleChange', () => {
  it('names a no-break space, a narrow space, a dash or a quote mark that replaced another', () => {
    expect(invisibleChange('1 million', '1\u00a0million')).toBe('ordinary space → no-break space');
    expect(invisibleChange('5\u202f000', '5 000')).toBe('narrow no-break space → ordinary space');
    expect(invisibleChange('2019-2020', '2019–2020')).toBe('hyphen-minus → en dash');
    expect(invisibleChange('don’t', "don't")).toBe('curly apostrophe → straight apostrophe');
    expect(invisibleChange('“a” b', '"a" b')).toBe(
      'left double quote → straight double quote; right double quote → straight double quote',
    );
  });

  it('names an added or removed invisible character, such as a zero-width space', () => {
    expect(invisibleChange('Xinjiang', 'Xin\u200bjiang')).toBe('nothing → zero-width space');
    expect(invisibleChange('co\u00adoperate', 'cooperate')).toBe('soft hyphen → nothing');
  });

  it('leaves visible changes to the ordinary word diff', () => {
    expect(invisibleChange('same', 'same')).toBeNull();
    expect(invisibleChange('reeducation', 're-education')).toBeNull();
    expect(invisibleChange('1 million', 'a million')).toBeNull();
    expect(invisibleChange('“a”', 'a')).toBeNull();
    // A space that splits a word shows in the word diff: "[-40 percent-]{+40 per cent+}".
    expect(invisibleChange('40 percent', '40 per cent')).toBeNull();
    expect(invisibleChange('per cent', 'percent')).toBeNull();
  });
});

describe('the compare report', () => {
  const base = [
    'Harbor deal approved',
    'BEIJING — The harbor authority approved a dredging contract worth 1 million dollars on Monday, ending a dispute.',
    'The work will begin in March, according to the authority’s annual plan.',
    '“We will publish the results every week,” Elena Marsh said.',
    '“The channel will be open by summer,” the harbor master said.',
    '“Nobody asked the fishermen,” a critic said.',
  ];
  const reprint = [
    'Harbor deal approved',
    'The harbor authority approved a dredging contract worth 1\u00a0million dollars on Monday, ending a dispute.',
    'The work will begin in March, as the authority’s annual plan shows.',
  ];
  const out = report(text(base), text(reprint));

  it('shows a change the terminal cannot show by naming the characters', () => {
    expect(out).toContain('[~1 million~] (ordinary space → no-break space)');
    expect(out).not.toMatch(/\[-1 million-\]\{\+1 million\+\}/);
  });

  it('calls a dropped dateline a drop, and names attribution kinds in plain words', () => {
    const attributions = out.slice(out.indexOf('    Attributions'), out.indexOf('    Quotes'));
    expect(attributions).toMatch(/Dropped \(\d+\):\n(\s+.*\n)*?\s+dateline: “BEIJING —” \(¶2\)/);
    expect(attributions).not.toMatch(/dateline: “BEIJING —”[^\n]*→ \(none\)/);
    expect(attributions).toMatch(/attribution \(‘according to’\): “according to the authority’s/);
    expect(out).not.toMatch(/according_to|\bspeech\b/);
  });

  it('calls a dateline restyled in case and punctuation a slight rewording', () => {
    const b = text(['BEIJING — The harbor authority approved a dredging contract on Monday.']);
    const v = text(['Beijing : The harbor authority approved a dredging contract on Monday.']);
    const words = report(b, v);
    expect(words).toMatch(
      /Reworded slightly \(1\):\n\s+dateline, case and punctuation only: “BEIJING —” \(¶1\) → “Beijing :” \(¶1\)/,
    );
    expect(words).not.toMatch(/Changed \(\d+\):/);
  });

  it('puts all dropped quotes under one counted heading', () => {
    const quotes = out.slice(out.indexOf('    Quotes'));
    expect(quotes.match(/Dropped quotes \(3\):/g)).toHaveLength(1);
    expect(quotes).not.toMatch(/^\s+dropped:$/m);
    expect(quotes).toContain('- “Nobody asked the fishermen,” — a critic (¶6)');
  });
});
