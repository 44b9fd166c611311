import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../../backend/app';
import {
  collectStory,
  REPORT_CSP,
  storyReportHtml,
  type StoryExport,
} from '../../../../backend/export/index';
import { harborStory, HOSTILE, tempLibrary, type TempLibrary } from './library';
import { resourceReferences, visibleText } from './html';

let lib: TempLibrary;
let x: StoryExport;
let html: string;
beforeAll(async () => {
  lib = tempLibrary();
  const id = await harborStory(lib.ctx, 'Harbor <i>cable</i> vote & "recount"');
  lib.ctx.library.updateStory(id, { notes: 'Ask the Ledger about ¶3.\n<script>alert(2)</script>' });
  x = collectStory(lib.ctx.library, id, { appVersion: APP_VERSION });
  html = storyReportHtml(x);
});
afterAll(() => lib.close());

describe('HTML report', () => {
  it('holds every paragraph of every version, with its ¶ number', () => {
    const seen = visibleText(html);
    for (const v of x.comparison.versions) {
      v.blocks.forEach((b, i) => {
        expect(seen).toContain(`¶${i + 1}`);
        expect(seen).toContain(v.text.slice(b.start, b.end));
      });
    }
  });

  it('loads nothing: a strict CSP, no scripts, images, style sheets or url()', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(resourceReferences(html)).toEqual([]);
    // The checker itself finds what it looks for.
    const bad = '<img alt=""><p style="x"><a href="javascript:x"><style>@import "x";</style>';
    expect(resourceReferences(bad)).toHaveLength(4);
    // Article addresses are links (not requests), and only http(s) ones.
    expect(html).toContain('<a href="https://example.org/gazette/harbor" rel="noreferrer">');
    expect(html).not.toMatch(/href="javascript/i);
  });

  it('escapes hostile article text, titles, outlets and notes', () => {
    expect(html).not.toMatch(/<script|<img|<b>|<i>/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=&quot;');
    expect(html).toContain('Harbor &lt;i&gt;cable&lt;/i&gt; vote &amp; &quot;recount&quot;');
    expect(html).toContain('&lt;b&gt;Evil&lt;/b&gt; &amp; Co');
    expect(visibleText(html)).toContain(HOSTILE);
    expect(visibleText(html)).toContain('Ask the Ledger about ¶3.\n<script>alert(2)</script>');
  });

  it('has the overview, matrix, marks, sources and evidence', () => {
    for (const h of ['Overview', 'Matrix', 'Versions beside the base', 'Notes', 'Evidence']) {
      expect(html).toContain(`<h2${h === 'Overview' ? ' class="first"' : ''}>${h}</h2>`);
    }
    expect(html).toMatch(/<del class="c-number" title="deleted: number">eighteen<\/del>/);
    expect(html).toMatch(/<ins class="c-number" title="inserted: number">twenty<\/ins>/);
    expect(html).toContain('moved here');
    expect(html).toContain('<h4>Attributions</h4>');
    for (const v of x.versions) expect(html).toContain(`<code>${v.contentHash}</code>`);
    expect(html).toContain(`engine ${x.engineVersion}`);
    expect(html).toContain('comparison format retold.comparison/2, report format retold.export/1');
    expect(html).toContain('@media print');
  });
});
