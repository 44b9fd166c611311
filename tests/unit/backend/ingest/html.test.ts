import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../../backend/ingest';
import { extractHtml } from '../../../../backend/ingest/html-extract';
import { expectAppError, latin1, utf8 } from './helpers';

const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../fixtures/ingest',
);
const fixture = (name: string): Uint8Array => readFileSync(path.join(fixtures, name));

/** Wraps paragraphs in a minimal page. */
const page = (body: string, head = ''): string =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

const LONG =
  'The council met on Thursday evening and voted by seven to five to keep the ferry running for another ten years, officials said.';

describe('ingest: HTML article page', () => {
  it('extracts the article text as paragraphs, without navigation, share or footer junk', async () => {
    const result = await ingest({ name: 'article.html', bytes: fixture('article.html') });
    expect(result.format).toBe('html');
    expect(result.encoding).toBe('utf-8');
    const paragraphs = result.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The council of the small harbour town of Westmere voted/);
    expect(paragraphs).toContain('A narrow margin');
    expect(paragraphs).toContain('Seven councillors voted in favour of the motion.');
    expect(paragraphs).toContain('The Westmere ferry leaving the harbour at dawn.');
    expect(paragraphs).toContain(
      'The ferry is the only way my children get to school when the storms come in from the west.',
    );
    // Entities decoded, whitespace collapsed, &nbsp; a plain space, <br> a line break.
    expect(result.text).toContain('“We were told the numbers did not add up,” said Ana Ruiz');
    expect(result.text).toContain('about 2.4 million a year — would be');
    expect(result.text).toContain('carried out.\nA public meeting');
    expect(result.text.at(-1)).toBe('.');
    for (const junk of [
      'Subscribe',
      'Share on',
      'cookies',
      'Most read',
      'Copyright',
      'SCRIPT RAN',
      'track',
    ]) {
      expect(result.text).not.toContain(junk);
    }
    expect(result.text).not.toMatch(/\n{3,}| {2,}/);
  });

  it('reads the metadata: title, byline, site name, date as ISO 8601, canonical URL', async () => {
    const { meta } = await ingest({ name: 'article.html', bytes: fixture('article.html') });
    expect(meta).toEqual({
      title: 'Harbour town votes to keep its ferry & pier',
      byline: 'Mira Okafor',
      outlet: 'The Coastal Ledger',
      published: '2031-04-17T07:30:00Z',
      url: 'https://ledger.example/news/ferry-vote',
    });
  });

  it('falls back to JSON-LD, <title> and <time> when Open Graph is missing', async () => {
    const html = page(
      `<article><p>${LONG}</p><p>${LONG}</p><time datetime="2030-02-03">3 Feb</time></article>`,
      `<title>Bridge reopens - Valley News</title><meta name="application-name" content="Valley News">
       <script type="application/ld+json">[{"@type":["NewsArticle"],"author":"By Sam Lee","publisher":{"name":"Valley Media"}}]</script>`,
    );
    const { meta } = await ingest({ name: 'p.html', bytes: utf8(html) });
    expect(meta).toEqual({
      title: 'Bridge reopens',
      byline: 'Sam Lee',
      outlet: 'Valley News',
      published: '2030-02-03',
      url: null,
    });
  });

  it('does not run scripts or load resources', async () => {
    const html = page(
      `<p>${LONG}</p><p>${LONG}</p><script>document.body.innerHTML = '<p>HACKED</p>'</script>
       <img src="http://127.0.0.1:1/x.png" onerror="document.body.innerHTML='ONERROR'">`,
    );
    const result = await ingest({ name: 'p.html', bytes: utf8(html) });
    expect(result.text).not.toMatch(/HACKED|ONERROR/);
  });

  it('turns lists, headings, block quotes and pre into separate paragraphs', () => {
    const html = page(`<article>
      <p>${LONG}</p><h2>Reaction</h2><p>${LONG}</p>
      <ul><li>First   point</li><li>Second<br><br>point</li></ul>
      <blockquote>Quoted words</blockquote>
      <pre>line one
   line two</pre><p>${LONG}</p></article>`);
    const { text } = extractHtml(html, { source: { pasted: false } });
    expect(text.split('\n\n')).toEqual([
      LONG,
      'Reaction',
      LONG,
      'First point',
      'Second',
      'point',
      'Quoted words',
      'line one\n   line two',
      LONG,
    ]);
  });
});

describe('ingest: HTML without an article', () => {
  it('rejects a login page with no_article', async () => {
    await expectAppError(
      ingest({ name: 'login.html', bytes: fixture('login.html') }),
      'no_article',
      /^Retold could not find an article in “login\.html”/,
    );
  });

  it('falls back to the page paragraphs when Readability finds nothing', async () => {
    // Paragraphs in a table layout with link-heavy markup that Readability scores low.
    const words =
      'Officials confirmed the ferry will keep running through the winter months this year';
    const html = page(
      `<table><tr><td><p>${words}.</p></td><td><p>${words} again.</p></td></tr></table>`,
    );
    const result = await ingest({ name: 'old.html', bytes: utf8(html) });
    expect(result.text).toContain(words);
  });

  it('rejects a short page (under 20 words) with no_article', async () => {
    await expectAppError(
      ingest({ name: 'short.html', bytes: utf8(page('<p>Only a few words here.</p>')) }),
      'no_article',
    );
  });
});

describe('ingest: HTML encodings', () => {
  it('decodes a page that declares windows-1252', async () => {
    const html = page(
      `<p>The mayor said \x93the caf\xe9 will reopen\x94 on Monday, and residents welcomed the news with relief after months of closures.</p>`,
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
    );
    const result = await ingest({ name: 'old.htm', bytes: latin1(html) });
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toContain('The mayor said “the café will reopen” on Monday');
  });

  it('follows the declared charset over a guess (ISO-8859-2)', async () => {
    const html = page(
      `<p>${LONG} Rzecznik powiedzia\xb3, \xbfe prom b\xeadzie kursowa\xb3 dalej.</p>`,
      '<meta charset="iso-8859-2">',
    );
    const result = await ingest({ name: 'pl.html', bytes: latin1(html) });
    expect(result.encoding).toBe('iso-8859-2');
    expect(result.text).toContain('Rzecznik powiedział, że prom będzie kursował dalej.');
  });

  it('prefers valid UTF-8 over a stale declaration', async () => {
    const html = page(`<p>${LONG} Café “déjà vu”.</p>`, '<meta charset="windows-1252">');
    const result = await ingest({ name: 'p.html', bytes: utf8(html) });
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toContain('Café “déjà vu”.');
  });
});

describe('ingest: pasted HTML source', () => {
  it('treats a paste that starts with <!doctype html or <html as HTML', async () => {
    const source = new TextDecoder().decode(fixture('article.html'));
    const result = await ingest({ text: `\n  ${source}` });
    expect(result.format).toBe('html');
    expect(result.meta.outlet).toBe('The Coastal Ledger');
    expect(result.text).toMatch(/^The council of the small harbour town/);
    expect(result.rawBytes).toEqual(utf8(`\n  ${source}`));
  });

  it('keeps other pastes that merely contain tags as text', async () => {
    const text = 'Use <b>bold</b> sparingly, the style guide says.\n';
    await expect(ingest({ text })).resolves.toMatchObject({ text, format: 'text' });
  });
});

describe('ingest: format from extension or sniffing', () => {
  it('sniffs HTML in a file without a known extension', async () => {
    const result = await ingest({ name: 'saved-page', bytes: fixture('article.html') });
    expect(result.format).toBe('html');
  });

  it('keeps HTML source in a .txt file as text: the extension decides', async () => {
    const result = await ingest({ name: 'source.txt', bytes: utf8('<html><p>Hi</p></html>') });
    expect(result).toMatchObject({ format: 'text', text: '<html><p>Hi</p></html>' });
  });
});
