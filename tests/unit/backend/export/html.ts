// Reading an HTML report back in tests: its visible text, and every way it could load a resource.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The report's text with tags removed and entities decoded (what a reader sees, roughly). */
export function visibleText(html: string): string {
  return html
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e] ?? '');
}

const FETCHING_TAGS =
  /^<(img|link|script|iframe|frame|object|embed|video|audio|source|track|input|base|svg|image)\b/i;
const FETCHING_ATTRS = /\s(src|srcset|poster|data|background|action|formaction|style)\s*=/i;

/**
 * Every construct in the markup that would make a browser fetch something: a fetching element,
 * a fetching attribute on any element, a link other than http(s), a meta refresh, and @import
 * or url() in the style sheet. Only real tags are read: escaped text (`&lt;img src=…`) is text.
 */
export function resourceReferences(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    if (FETCHING_TAGS.test(tag) || FETCHING_ATTRS.test(tag)) found.push(tag);
    if (/^<a\s/i.test(tag) && !/^<a href="https?:[^"]*" rel="noreferrer">$/i.test(tag))
      found.push(tag);
    if (/http-equiv="?refresh/i.test(tag)) found.push(tag);
  }
  for (const [, css] of html.matchAll(/<style>([^]*?)<\/style>/g)) {
    for (const m of (css ?? '').matchAll(/@import|url\(|image-set\(/gi)) found.push(m[0]);
  }
  return found;
}
