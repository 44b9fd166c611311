import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../../../engine/text/blocks-classify.js';
import { splitBlocks } from '../../../../engine/text/segment.js';

const kinds = (text: string, title: string | null = null): string[] =>
  classifyBlocks(text, splitBlocks(text), title);

const body = 'The harbor authority approved a new dredging contract on Monday, officials said.';

describe('classifyBlocks', () => {
  it('marks titles, repeated headlines and share-button lists', () => {
    const text = `Harbor deal approved after long fight\n\n • Facebook\n • Twitter\n • Email\nHarbor deal approved after long fight\n\n${body}`;
    // the headline repeated next to the share buttons is furniture, not a second title
    expect(kinds(text)).toEqual([
      'title',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
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
    expect(kinds(text, 'Harbor deal approved')).toEqual(['title', 'body', 'boilerplate']);
  });

  it('takes a lead paragraph ending in a quotation for body, not for a headline', () => {
    const lead =
      'PORT ELLIS (Harbor Press) — The mayor defended the cable deal on Monday. “We did the work,” she said, “and the town will see the benefit.”';
    expect(kinds(`Harbor deal approved\n\n${lead}\n\n${body}`)).toEqual(['title', 'body', 'body']);
    // the same with no headline above it, and with a short one-sentence lead
    expect(kinds(`${lead}\n\n${body}`)).toEqual(['body', 'body']);
    expect(
      kinds(`“The harbor will stay open to fishing boats,” the mayor said.”\n\n${body}`),
    ).toEqual(['body', 'body']);
  });

  it('keeps a headline that ends in a quotation or a question as a headline', () => {
    expect(kinds(`Mayor on cable deal: “We did the work”\n\n${body}`)).toEqual(['title', 'body']);
    expect(kinds(`Is the harbor deal dead?\n\n${body}`)).toEqual(['title', 'body']);
  });

  it('takes a one-paragraph article ending in a photo credit for body, a short one for a caption', () => {
    const long = `${body} ${body} ${body} ${body} ${body} Dockworkers watched from the north pier. AFP / JANE DOE`;
    expect(kinds(`Harbor deal approved\n\n${long}`)).toEqual(['title', 'body']);
    expect(kinds(`${body}\n\nDockworkers at the north pier. AFP / JANE DOE`)).toEqual([
      'body',
      'caption',
    ]);
    // a slash credit must close the paragraph: text after it makes it body
    expect(
      kinds(
        `${body}\n\nThe photo agency AFP / Getty said the harbor pictures were genuine. It gave no details.`,
      ),
    ).toEqual(['body', 'body']);
  });

  it('takes a section label or kicker above the headline as a title line, and the headline too', () => {
    expect(kinds(`Middle East\n\nHarbor deal approved after long fight\n\n${body}`)).toEqual([
      'title',
      'title',
      'body',
    ]);
  });

  it('keeps a copyright line naming the syndicator as a credit, and a bare one as furniture', () => {
    expect(kinds(`${body}\n\n© Provided by The Harbor Press`)).toEqual(['body', 'byline']);
    expect(kinds(`${body}\n\n© 2021 Harbor Weekly. All rights reserved.`)).toEqual([
      'body',
      'byline',
    ]);
    expect(kinds(`${body}\n\n© 2021. All rights reserved.`)).toEqual(['body', 'boilerplate']);
  });

  it('finds the headline itself when the metadata title is not in the text', () => {
    const text = `Harbor deal approved after long fight\n\n${body}`;
    expect(kinds(text, 'Clicky')).toEqual(['title', 'body']);
    expect(kinds(text, 'Updated 10:32 AM EST')).toEqual(['title', 'body']);
  });
});
