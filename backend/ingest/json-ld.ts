// Article metadata from JSON-LD (schema.org) blocks. News sites embed these for search engines,
// and they are often more reliable than the visible byline. Blocks come in several shapes (one
// object, an array, an @graph), types may be arrays, and some sites publish invalid JSON: a block
// that does not parse is skipped.

/** The fields ingest takes from a schema.org article. Strings are trimmed; null when absent. */
export interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  publisher: string | null;
  datePublished: string | null;
  url: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'scholarlyarticle',
]);

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parse(source: string): Json | undefined {
  try {
    return JSON.parse(source) as Json;
  } catch {
    // Raw line breaks inside strings are the commonest breakage; try once without them.
    try {
      return JSON.parse(source.replace(/[\r\n\t]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

/** Every object in a block, flattening arrays and @graph. */
function objectsOf(value: Json | undefined, out: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 4) return out;
  if (Array.isArray(value)) value.forEach((v) => objectsOf(v, out, depth + 1));
  else if (isObject(value)) {
    out.push(value);
    if (Array.isArray(value['@graph'])) objectsOf(value['@graph'], out, depth + 1);
  }
  return out;
}

function isArticle(object: JsonObject): boolean {
  const type = object['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.toLowerCase()));
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

/** A person or organisation as a name: "Jane Doe", { name: "Jane Doe" }, or a list of those. */
function names(value: Json | undefined): string | null {
  const list = Array.isArray(value) ? value : [value];
  const found = list
    .map((item) => (isObject(item) ? text(item['name']) : text(item)))
    .filter((name): name is string => name !== null && !/^https?:\/\//i.test(name));
  const unique = [...new Set(found)];
  return unique.length > 0 ? unique.join(', ') : null;
}

function urlOf(value: Json | undefined): string | null {
  if (isObject(value)) return text(value['@id']) ?? text(value['url']);
  return text(value);
}

/**
 * The first schema.org article found in the given JSON-LD block sources (the text of each
 * `<script type="application/ld+json">`), or null when none holds one.
 */
export function articleFromJsonLd(sources: readonly string[]): JsonLdArticle | null {
  for (const source of sources) {
    const article = objectsOf(parse(source)).find(isArticle);
    if (!article) continue;
    return {
      headline: text(article['headline']) ?? text(article['name']),
      author: names(article['author']) ?? names(article['creator']),
      publisher: names(article['publisher']) ?? names(article['sourceOrganization']),
      datePublished: text(article['datePublished']) ?? text(article['dateCreated']),
      url: text(article['url']) ?? urlOf(article['mainEntityOfPage']),
    };
  }
  return null;
}
