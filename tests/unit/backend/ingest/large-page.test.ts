// A 20 MB page must not hang the import. Pages over the DOM budget (html-extract.ts) skip jsdom's
// full DOM and Readability; these tests pin that the big ones finish in a few seconds. Figures on
// the development machine (Node 20): each case below in 0.2-0.7 s with the old regex stripping,
// 3-8 s on a loaded machine with the linear tokenizer (issue 9). The speed figures live in
// bench/html-hostile.bench.ts; this limit is only a guard against a hang, so a busy CI machine
// does not fail it.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, ingest } from '../../../../backend/ingest';
import { MAX_DOM_ELEMENTS } from '../../../../backend/ingest/html-extract';

const LIMIT_MS = 30_000;
const SENTENCE = 'The council met on Thursday to discuss the future of the harbour and its ferry. ';
const TARGET = MAX_IMPORT_BYTES - 512 * 1024;

function bigPage(chunk: (i: number) => string): Uint8Array {
  const parts = [
    '<!doctype html><html><head><title>Big &amp; long</title><meta property="og:site_name" content="Big News">',
    '</head><body><nav><p>Home and all the sections of the site, with many links to follow</p></nav><article>',
  ];
  let size = 0;
  for (let i = 0; size < TARGET; i++) {
    const piece = chunk(i);
    parts.push(piece);
    size += piece.length;
  }
  parts.push('</article><footer><p>Copyright notice of the big site</p></footer></body></html>');
  return new TextEncoder().encode(parts.join(''));
}

async function timed(
  bytes: Uint8Array,
): Promise<{ ms: number; text: string; title: string | null }> {
  const start = performance.now();
  const result = await ingest({ name: 'big.html', bytes });
  return { ms: performance.now() - start, text: result.text, title: result.meta.title };
}

describe('ingest: very large HTML pages', () => {
  it('extracts a 20 MB page of paragraphs quickly, with entities decoded', async () => {
    const { ms, text, title } = await timed(
      bigPage((i) => `<p>${SENTENCE.repeat(3)}&ldquo;${i}&rdquo;</p>\n`),
    );
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(title).toBe('Big & long');
    expect(text.startsWith(`${SENTENCE.repeat(3)}“0”`)).toBe(true);
    expect(text).not.toMatch(/Home and all|Copyright notice/);
  });

  it('handles a 20 MB page dense with small elements', async () => {
    const { ms, text } = await timed(
      bigPage((i) => `<div class="row"><span>${i}</span><a href="/x/${i}">link ${i}</a></div>\n`),
    );
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(text).toContain('link 12345');
  });

  it('strips 20 MB of inline scripts and styles before parsing', async () => {
    const { ms, text } = await timed(
      bigPage(
        (i) =>
          `<script>var x${i} = "${'a'.repeat(400)}";</script><style>.a${i}{}</style><p>${SENTENCE}</p>`,
      ),
    );
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(text).not.toContain('var x');
  });

  it('uses Readability below the element budget', async () => {
    const paragraphs = Array.from(
      { length: MAX_DOM_ELEMENTS / 4 },
      (_, i) => `<p>${SENTENCE}${i}</p>`,
    );
    const html = `<!doctype html><html><body><article>${paragraphs.join('')}</article></body></html>`;
    const { ms, text } = await timed(new TextEncoder().encode(html));
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(text.split('\n\n')).toHaveLength(MAX_DOM_ELEMENTS / 4);
  });
});
