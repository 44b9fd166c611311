// The extraction-loss warning (html-loss.ts): an import whose article leaves out a large share
// of the page's visible text still succeeds, and says so.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../../backend/ingest';
import { LOSS, isLargeLoss, measureLoss } from '../../../../backend/ingest/html-loss';
import { scanHtml } from '../../../../backend/ingest/html-scan';
import { VisibleText } from '../../../../backend/ingest/html-visible';
import { svgInAttributePage } from '../../../../bench/support/hostile-html';
import { utf8 } from './helpers';

function visibleOf(html: string): ReturnType<VisibleText['paragraphs']> {
  const reader = new VisibleText();
  scanHtml(html, [reader]);
  return reader.paragraphs();
}

const sentence = (i: number, topic: string): string =>
  `Paragraph ${i} explains how the ${topic} changed after the council vote on the ferry service last week.`;

describe('extraction loss', () => {
  it('would have flagged the issue’s page: 3 of 10 paragraphs lost is over the threshold', () => {
    const { html, paragraphs } = svgInAttributePage();
    const all = measureLoss(visibleOf(html), paragraphs.join('\n\n'));
    expect(all).toEqual({ visibleWords: 210, missingWords: 0 });
    expect(isLargeLoss(all)).toBe(false);
    // What the old regex kept: paragraphs 3 to 5 swallowed between the attribute and the icon.
    const lost = measureLoss(
      visibleOf(html),
      paragraphs.filter((_, i) => i < 2 || i > 4).join('\n\n'),
    );
    // 63 words (21 each), less a word pair ("the council") that other paragraphs share.
    expect(lost.missingWords).toBe(62);
    expect(lost.missingWords / lost.visibleWords).toBeGreaterThan(LOSS.warnShare);
    expect(isLargeLoss(lost)).toBe(true);
  });

  it('does not count menus, captions and other short lines as lost text', () => {
    const visible = [
      { text: 'Home News Sport Weather', fromP: false },
      { text: sentence(1, 'harbour'), fromP: true },
    ];
    expect(measureLoss(visible, sentence(1, 'harbour'))).toEqual({
      visibleWords: 17,
      missingWords: 0,
    });
  });

  it('imports a page whose extraction drops much of its visible text, with a warning', async () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>${sentence(i + 1, 'harbour')}</p>`);
    const comments = [
      'Reader comment: my grandmother took that boat every Sunday morning to visit her sister.',
      'Another reader wrote that fares doubled twice since nineteen ninety and nobody noticed.',
      'Someone asked whether tourists would still come once summer timetables shrink again.',
      'A fisherman replied that diesel prices matter more than any vote held downtown.',
      'The last commenter simply posted a photograph of gulls sitting on an empty pier.',
    ].map((c) => `<p>${c}</p>`);
    const html =
      '<!doctype html><html><head><title>Ferry</title></head><body>' +
      `<article><h1>Ferry</h1>${story.join('')}</article>` +
      `<div class="comments" id="comments">${comments.join('')}</div></body></html>`;
    const result = await ingest({ name: 'ferry.html', bytes: utf8(html) });
    expect(result.text).toContain(sentence(1, 'harbour'));
    expect(result.text).not.toContain('grandmother');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(
      /^Part of the article in “ferry\.html” may be missing: .* about 39% of the text the page shows \(66 of 168 words\)\./,
    );
  });

  it('says nothing when the article is the page', async () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>${sentence(i + 1, 'harbour')}</p>`);
    const html = `<html><body><nav><p>${sentence(0, 'menu')}</p></nav><article>${story.join('')}</article></body></html>`;
    const result = await ingest({ name: 'ferry.html', bytes: utf8(html) });
    expect(result.warnings).toEqual([]);
  });
});
