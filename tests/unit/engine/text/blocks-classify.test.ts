import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../../../engine/text/blocks-classify.js';
import { splitBlocks } from '../../../../engine/text/segment.js';

const kinds = (text: string, title: string | null = null): string[] =>
  classifyBlocks(text, splitBlocks(text), title);

const body = 'The harbor authority approved a new dredging contract on Monday, officials said.';

describe('classifyBlocks', () => {
  it('marks titles, repeated headlines and share-button lists', () => {
    const text = `Harbor deal approved after long fight\n\n • Facebook\n • Twitter\n • Email\nHarbor deal approved after long fight\n\n${body}`;
    expect(kinds(text)).toEqual([
      'title',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'title',
      'body',
    ]);
  });

  it('marks bylines and datelines before the body', () => {
    const text = `Harbor deal approved\n\nMaria Lopez, Staff Writer\n\n3rd Mar, 2021. 9:15 am\n\n${body}`;
    expect(kinds(text)).toEqual(['title', 'byline', 'dateline', 'body']);
  });

  it('marks subscribe prompts, ad placeholders, logo text and trailing furniture', () => {
    const text = `${body}\n\nIf you enjoy our work, subscribe to The Harbor Weekly.\n\nAdsense 300 x 250\n\nRead more\n\nHarbor Weekly Logo\n\nNews for people who live by the water.\n\nAlready a member? Login.`;
    expect(kinds(text)).toEqual([
      'body',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
    ]);
  });

  it('marks photo and video captions with credits, including a repeated first line', () => {
    const text = `${body}\n\nDockworkers at the north pier on Friday. (The Harbor Weekly)\n\nCranes at dawn over the harbor\nCranes at dawn over the harbor AFP / JANE DOE`;
    expect(kinds(text)).toEqual(['body', 'caption', 'caption', 'caption']);
  });

  it('keeps ordinary paragraphs as body, including short ones mid-text', () => {
    const text = `${body}\n\nShe declined to comment.\n\n${body}`;
    expect(kinds(text)).toEqual(['body', 'body', 'body']);
  });

  it('uses the title from metadata when given', () => {
    const text = `Harbor deal approved\n\n${body}\n\nHarbor deal approved`;
    expect(kinds(text, 'Harbor deal approved')).toEqual(['title', 'body', 'title']);
  });
});
