// The headline of a plain text is the engine's title block (issue 11, item 13): page
// furniture above it ("Clicky", "Skip to content", a timestamp) is never the headline.
import { describe, expect, it } from 'vitest';
import { firstBodyLine, headlineOf } from '../../../../engine/text/headline';

const headline = 'Harbour town keeps its ferry after long fight';
const body = 'The council voted on Thursday to keep the ferry running, the mayor said.';

describe('headlineOf', () => {
  it('skips page furniture above the real headline', () => {
    expect(headlineOf(`Clicky\n${headline}\n\n${body}`)).toBe(headline);
    expect(headlineOf(`Clicky\n\n${headline}\n\n${body}`)).toBe(headline);
    expect(headlineOf(`Skip to main content\nShare\n${headline}\n${body}`)).toBe(headline);
    expect(headlineOf(`Updated 10:32 AM EST, March 3, 2024\n\n${headline}\n${body}`)).toBe(
      headline,
    );
  });

  it('takes the headline under a section label, not the label', () => {
    expect(headlineOf(`Middle East\n${headline}\n${body}`)).toBe(headline);
  });

  it('agrees with the block kinds the comparison gives the same text', () => {
    expect(headlineOf(`${headline}\nBy Jane Doe\n${body}`)).toBe(headline);
    expect(headlineOf(`Clicky\n${body}\nMore text follows here.`)).toBeNull();
    expect(headlineOf(body)).toBeNull();
    expect(headlineOf(headline)).toBeNull();
  });
});

describe('firstBodyLine', () => {
  it('is the first line that is not furniture, for texts without a headline', () => {
    expect(firstBodyLine(`Clicky\n${body}\nMore.`)).toBe(body);
    expect(firstBodyLine('')).toBeNull();
  });
});
