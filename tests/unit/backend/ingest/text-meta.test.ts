import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../../backend/ingest';
import { headlineOf, markdownTitle } from '../../../../backend/ingest/text-meta';
import { utf8 } from './helpers';

const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../fixtures/ingest',
);

describe('headlineOf', () => {
  it('takes a short first line without a terminal period', () => {
    expect(headlineOf('Harbour town keeps its ferry\n\nThe council voted.')).toBe(
      'Harbour town keeps its ferry',
    );
    expect(headlineOf('\n\n  Will the ferry survive?  \nBody.')).toBe('Will the ferry survive?');
  });

  it('refuses sentences, long lines, lone lines and lines without letters', () => {
    expect(headlineOf('The council voted on Thursday.\nMore text.')).toBeNull();
    expect(headlineOf('“We will rebuild,” she said.”\nMore.')).toBeNull();
    expect(headlineOf(`${'word '.repeat(50)}\nMore.`)).toBeNull();
    expect(headlineOf('Only one line')).toBeNull();
    expect(headlineOf('* * *\nMore.')).toBeNull();
    expect(headlineOf('   \n  ')).toBeNull();
  });
});

describe('headlineOf: furniture above the headline', () => {
  const body = 'The council voted on Thursday to keep the ferry running.';
  const headline = 'Harbour town keeps its ferry after long fight';

  it('skips a tracker token, a timestamp, a section label and a byline', () => {
    expect(headlineOf(`Clicky\n${headline}\n\n${body}`)).toBe(headline);
    expect(headlineOf(`Updated 10:32 AM EST, March 3, 2024\n\n${headline}\n${body}`)).toBe(
      headline,
    );
    expect(headlineOf(`29th Nov, 2019. 11:23 am\n${headline}\n${body}`)).toBe(headline);
    expect(headlineOf(`World\n\n${headline}\n\n${body}`)).toBe(headline);
    expect(headlineOf(`Middle East\n${headline}\n${body}`)).toBe(headline);
    expect(headlineOf(`Skip to main content\nClicky\n${headline}\n${body}`)).toBe(headline);
  });

  it('still takes a short headline, and none when the body starts right after the furniture', () => {
    expect(headlineOf(`Ferry saved\n\n${body}`)).toBe('Ferry saved');
    expect(headlineOf(`Harbour town keeps ferry\nBy Jane Doe\n${body}`)).toBe(
      'Harbour town keeps ferry',
    );
    expect(headlineOf(`Clicky\n${body}\nMore.`)).toBeNull();
  });
});

describe('markdownTitle', () => {
  it('reads a leading # heading, a setext heading or front matter', () => {
    expect(markdownTitle('# Ferry saved #\n\nText.')).toBe('Ferry saved');
    expect(markdownTitle('Ferry saved\n===\n\nText.')).toBe('Ferry saved');
    expect(markdownTitle('---\ntitle: "Ferry saved"\ndate: 2031\n---\n# Other\n')).toBe(
      'Ferry saved',
    );
  });

  it('falls back to the plain-text rule and drops heading marks from a ## line', () => {
    expect(markdownTitle('## Section title\n\nText.')).toBe('Section title');
    expect(markdownTitle('A sentence, not a title.\nText.')).toBeNull();
  });
});

describe('ingest: text and Markdown metadata', () => {
  it('gives text a title and nothing else', async () => {
    const { meta, format } = await ingest({ text: 'Ferry saved\n\nThe council voted.' });
    expect(format).toBe('text');
    expect(meta).toEqual({
      title: 'Ferry saved',
      byline: null,
      outlet: null,
      published: null,
      url: null,
    });
  });

  it('keeps Markdown as written and takes its title from the heading', async () => {
    const bytes = readFileSync(path.join(fixtures, 'story.md'));
    const result = await ingest({ name: 'story.md', bytes });
    expect(result.format).toBe('markdown');
    expect(result.text).toBe(new TextDecoder().decode(bytes));
    expect(result.meta.title).toBe('Harbour town votes to keep its ferry');
  });

  it('sniffs Markdown in a file without an extension', async () => {
    const result = await ingest({ name: 'README', bytes: utf8('# Title here\n\nBody text.\n') });
    expect(result.format).toBe('markdown');
  });

  it.each(['a.text', 'a.markdown', 'a.MD', 'a.HTM', 'a.xhtml'])(
    'accepts the extension of %s',
    async (name) => {
      const html = '<!doctype html><html><body><p>' + 'word '.repeat(40) + '</p></body></html>';
      await expect(ingest({ name, bytes: utf8(html) })).resolves.toBeTruthy();
    },
  );
});
