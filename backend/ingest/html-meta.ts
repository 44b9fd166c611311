// Metadata of an HTML article page. Each field is taken from the most deliberate source first:
// Open Graph and article: properties (set by the publisher's CMS for sharing), then JSON-LD,
// then plain <meta> and markup, then what Readability guessed from the visible page.
// Must run before Readability, which removes parts of the document it reads.
import { normaliseDate } from './dates';
import { articleFromJsonLd } from './json-ld';
import type { IngestMeta } from './types';

/** What Readability found, used when the page's metadata is silent. */
export interface ReadabilityHints {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
}

const MAX_FIELD = 500;

/** Whitespace collapsed and trimmed, capped; null when nothing is left. */
function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD);
  return text ? text : null;
}

const first = (...values: (string | null | undefined)[]): string | null => {
  for (const value of values) {
    const text = clean(value);
    if (text) return text;
  }
  return null;
};

/** Content of <meta property|name|itemprop="…"> by lower-case key; the first one wins. */
function metaTable(doc: Document): Map<string, string> {
  const table = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content') ?? '';
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && content.trim() && !table.has(key)) table.set(key, content);
    }
  }
  return table;
}

const isUrl = (value: string | null): boolean => value !== null && /^https?:\/\//i.test(value);

/** "By Jane Doe" → "Jane Doe"; profile URLs (article:author often is one) are not names. */
function cleanByline(value: string | null): string | null {
  const text = clean(value?.replace(/^\s*by[:\s]+/i, ''));
  return text && !isUrl(text) ? text : null;
}

/** Drops a " | Outlet" / " - Outlet" / " — Outlet" suffix that many <title>s carry. */
function stripOutlet(title: string | null, outlet: string | null): string | null {
  if (!title || !outlet) return title;
  const suffix = new RegExp(
    `\\s+[|\\-–—:·•]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
    'i',
  );
  return clean(title.replace(suffix, '')) ?? title;
}

/** An absolute http(s) URL, resolved against the page's own address when that is known. */
function absoluteUrl(value: string | null, base: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base && /^https?:/i.test(base) ? base : undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function timeDatetime(doc: Document): string | null {
  const time =
    doc.querySelector('time[itemprop="datePublished"][datetime]') ??
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[datetime]');
  return time?.getAttribute('datetime') ?? null;
}

function jsonLdSources(doc: Document): string[] {
  return [...doc.querySelectorAll('script[type="application/ld+json" i]')].map(
    (script) => script.textContent ?? '',
  );
}

/**
 * The metadata of an HTML page (see IngestMeta for the sources of each field). `url` is the
 * address the page came from, when known; it resolves a relative canonical link.
 */
export function htmlMeta(doc: Document, url?: string): IngestMeta {
  const meta = metaTable(doc);
  const m = (key: string): string | undefined => meta.get(key);
  const ld = articleFromJsonLd(jsonLdSources(doc));

  const outlet = first(m('og:site_name'), m('application-name'), ld?.publisher);
  const title = first(
    m('og:title'),
    m('twitter:title'),
    ld?.headline,
    doc.querySelector('head > title, title')?.textContent,
    doc.querySelector('h1')?.textContent,
  );
  const byline =
    [m('author'), m('article:author'), ld?.author, m('parsely-author'), m('sailthru.author')]
      .concat([m('dc.creator'), m('byl')])
      .map((value) => cleanByline(value ?? null))
      .find((value) => value !== null) ?? null;
  const published =
    [m('article:published_time'), ld?.datePublished, timeDatetime(doc)]
      .concat([m('datepublished'), m('pubdate'), m('publishdate'), m('date'), m('dc.date')])
      .concat([m('dc.date.issued'), m('parsely-pub-date'), m('sailthru.date')])
      .map((value) => normaliseDate(value))
      .find((value) => value !== null) ?? null;
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const address =
    [canonical, m('og:url'), ld?.url]
      .map((value) => absoluteUrl(value ?? null, url))
      .find((value) => value !== null) ?? null;

  return { title: stripOutlet(title, outlet), byline, outlet, published, url: address };
}

/**
 * Fills fields the page's metadata left empty with what Readability found in the visible page
 * (a byline in the text, a title, a site name). Readability runs after htmlMeta because it
 * removes the <script> elements that hold JSON-LD.
 */
export function withHints(meta: IngestMeta, hints: ReadabilityHints): IngestMeta {
  const outlet = meta.outlet ?? clean(hints.siteName);
  return {
    ...meta,
    title: meta.title ?? stripOutlet(clean(hints.title), outlet),
    byline: meta.byline ?? cleanByline(hints.byline ?? null),
    outlet,
  };
}
