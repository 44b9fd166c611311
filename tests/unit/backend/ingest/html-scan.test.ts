// The tokenizer pass (html-scan.ts) and its two readers: stripping (html-strip.ts) and the
// visible text (html-visible.ts). They must read a page as a browser does: attribute values are
// never tags, raw text ends only at its own end tag, inline drawings end where HTML breaks out.
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../../../backend/ingest/html-scan';
import { STRIP, Stripper } from '../../../../backend/ingest/html-strip';
import { VisibleText } from '../../../../backend/ingest/html-visible';

function strip(html: string): ReturnType<Stripper['result']> {
  const stripper = new Stripper(html);
  scanHtml(html, [stripper]);
  return stripper.result();
}

function visible(html: string): string[] {
  const reader = new VisibleText();
  scanHtml(html, [reader]);
  return reader.paragraphs().map((p) => p.text);
}

describe('html-strip', () => {
  it('removes comments, scripts, styles, noscript and inline drawings, and keeps JSON-LD', () => {
    const html =
      '<p>a<!-- note --></p><script>var x = "</p>";</script><style>p{}</style>' +
      '<noscript><p>enable</p></noscript><svg><path d="M0"/><text>label</text></svg>' +
      '<script type="application/ld+json">{"headline":"H"}</script><p>b</p>';
    expect(strip(html).html).toBe(
      '<p>a</p><script type="application/ld+json">{"headline":"H"}</script><p>b</p>',
    );
  });

  it('never reads a tag inside an attribute value', () => {
    const html = `<button data-icon="<svg><path/>">Share</button><p>kept</p><svg></svg><p>also</p>`;
    expect(strip(html).html).toBe(
      `<button data-icon="<svg><path/>">Share</button><p>kept</p><p>also</p>`,
    );
  });

  it('ends an unclosed drawing where HTML breaks out of it, as browsers do', () => {
    expect(strip('<svg><g><path/><p>text</p>').html).toBe('<p>text</p>');
  });

  it('runs an unclosed comment or script to the end of the page', () => {
    expect(strip('<p>a</p><!-- <p>b</p>').html).toBe('<p>a</p>');
    expect(strip('<p>a</p><script><p>b</p>').html).toBe('<p>a</p>');
  });

  it('drops attribute values over the limit (inline images)', () => {
    const big = `data:image/png;base64,${'A'.repeat(STRIP.maxAttributeChars + 1)}`;
    expect(strip(`<img alt="x" src="${big}"><p>t</p>`).html).toBe('<img alt="x" ><p>t</p>');
  });

  it('counts elements and estimates depth, without counting implied ends as nesting', () => {
    const nested = strip(`${'<div>'.repeat(50)}x${'</div>'.repeat(50)}<p>a<p>b<p>c`);
    expect(nested.elements).toBe(53);
    expect(nested.depth).toBe(50);
    expect(strip('</div></div><span>a</span><span>b</span>').depth).toBe(1);
  });
});

describe('html-visible', () => {
  it('reads blocks as paragraphs, <br> as a line break, and decodes entities', () => {
    expect(visible('<h1>Title &amp; more</h1><p>one<br>two</p><div>three</div>')).toEqual([
      'Title & more',
      'one\ntwo',
      'three',
    ]);
  });

  it('leaves out closed page chrome and controls, and invisible raw text', () => {
    const html =
      '<nav><p>Home</p></nav><p>body</p><button>Share</button><aside><p>ad</p></aside>' +
      '<title>t</title><textarea>typed</textarea><script>x</script><p>end</p>';
    expect(visible(html)).toEqual(['body', 'end']);
  });

  it('keeps what an unclosed nav holds rather than lose the rest of the page', () => {
    expect(visible('<p>a</p><nav><p>b</p><p>c</p>')).toEqual(['a', 'b', 'c']);
  });

  it('marks which paragraphs came from <p> elements', () => {
    const reader = new VisibleText();
    scanHtml('<div>menu</div><p>story</p>', [reader]);
    expect(reader.paragraphs()).toEqual([
      { text: 'menu', fromP: false },
      { text: 'story', fromP: true },
    ]);
  });
});
