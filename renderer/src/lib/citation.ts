// Citations of findings (issue 10): outlet, title, date, URL, paragraph number and the exact
// quoted text, as one line of plain text and as Markdown. The paragraph and version numbers are
// the ones the app, the CLI and every export print (engine/numbering.ts).
//
//   plain:    “The vote was 7–2,” Reardon said. — The Coast Ledger, “Council backs cable”,
//             2024-03-12, ¶7 (Retold version #3). https://example.com/ledger/vote
//   Markdown: > “The vote was 7–2,” Reardon said.
//             >
//             > — [The Coast Ledger, “Council backs cable”](https://…), 2024-03-12, ¶7 (Retold version #3)
//
// In the plain form the quoted text sits inside “…”, so double quotation marks inside it become
// single ones (‘…’), as style guides do for a quotation within a quotation; the words are
// otherwise exact. The Markdown form is a block quote, which needs no marks, so its text is
// exact, with Markdown's own characters escaped. Dates are ISO (2024-03-12): unambiguous in
// every locale. A missing date says "undated"; a missing outlet, title or URL is left out.

/** The source of a citation: a version's library metadata. */
export interface CitationSource {
  outlet: string | null;
  title: string | null;
  /** ISO date or date-time of publication, as stored. */
  published: string | null;
  url: string | null;
  /** The version's number in its story (#n). */
  number: number;
}

/** One citation: the exact text, where it is, and what the finding is. */
export interface Citation {
  source: CitationSource;
  /** The paragraph label: "¶7", or "¶3+¶4" for a group. */
  paragraphs: string;
  /** The exact text quoted from the version. */
  text: string;
  /** What the finding is, when it is more than a paragraph ("attribution dropped"). */
  finding?: string;
}

/** Double quotation marks inside a quotation become single ones (“ ” " → ‘ ’ '). */
export function nestQuotes(text: string): string {
  let open = true;
  return text.replace(/[“”"]/g, (q) => {
    if (q === '“') return '‘';
    if (q === '”') return '’';
    const mark = open ? '‘' : '’';
    open = !open;
    return mark;
  });
}

/** Whitespace (line breaks included) collapsed: a citation is one line of text. */
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The date part of an ISO date or date-time, or "undated". */
export function citationDate(published: string | null): string {
  const m = published ? /^(\d{4}-\d{2}-\d{2})/.exec(published.trim()) : null;
  return m?.[1] ?? 'undated';
}

/** Outlet and title, the parts that exist: `The Ledger, “Title”`. */
function who(s: CitationSource, title: (t: string) => string): string {
  return [s.outlet ? oneLine(s.outlet) : null, s.title ? title(oneLine(s.title)) : null]
    .filter(Boolean)
    .join(', ');
}

/** The tail of a citation: date, paragraph, version. */
function where(c: Citation): string {
  return `${citationDate(c.source.published)}, ${c.paragraphs} (Retold version #${c.source.number})`;
}

/** A web address worth linking: http(s) only (a javascript: URL is never a link). */
function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The plain-text citation, one line. */
export function plainCitation(c: Citation): string {
  const source = who(c.source, (t) => `“${nestQuotes(t)}”`);
  const url = webUrl(c.source.url);
  const finding = c.finding ? ` [${c.finding}]` : '';
  return (
    `“${nestQuotes(oneLine(c.text))}” — ${source ? `${source}, ` : ''}${where(c)}.` +
    `${url ? ` ${url}` : ''}${finding}`
  );
}

/**
 * Markdown's special characters escaped, so article text stays text: emphasis, code, links,
 * HTML and table marks anywhere, and a heading, list or quote mark at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)([#+\->])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** The Markdown citation: the text as a block quote, the source as a link. */
export function markdownCitation(c: Citation): string {
  const source = who(c.source, (t) => `“${t}”`);
  const url = webUrl(c.source.url);
  // Parentheses and spaces would end the link's address early: percent-encode them.
  const target = url?.replace(
    /[()\s]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  const label = source ? escapeMarkdown(source) : null;
  const linked =
    label && target ? `[${label}](${target})` : (label ?? (target ? `<${target}>` : ''));
  const quote = c.text
    .trim()
    .split(/\n+/)
    .map((line) => `> ${escapeMarkdown(oneLine(line))}`)
    .join('\n');
  const finding = c.finding ? ` — ${escapeMarkdown(c.finding)}` : '';
  return `${quote}\n>\n> — ${linked ? `${linked}, ` : ''}${where(c)}${finding}`;
}
