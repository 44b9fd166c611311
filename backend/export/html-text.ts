// Text into the HTML report: escaping (article text is hostile input and is only ever written
// as escaped text, never as markup) and word marks inside a paragraph, in the pair view's
// vocabulary (renderer/src/compare/marks.ts): deleted words struck on the base side, inserted
// words marked on the version side, typography and spelling dimmed as minor.
import type { ChangeClass } from '../../engine/index';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML element content and quoted attribute values. */
export function esc(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/**
 * A link to an article's address when it is an http(s) URL, else the address as text. A link
 * is not a request: the report still loads nothing, and `javascript:` and the like never
 * become links.
 */
export function urlLink(url: string | null): string {
  if (!url) return '';
  let ok: boolean;
  try {
    const u = new URL(url);
    ok = u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    ok = false;
  }
  return ok ? `<a href="${esc(url)}" rel="noreferrer">${esc(url)}</a>` : esc(url);
}

/** Changes the pair view dims: only the typography or the spelling changed. */
export const MINOR_CLASSES: ReadonlySet<ChangeClass> = new Set(['typography', 'spelling']);

/** A marked range of one side's text. */
export interface TextMark {
  start: number;
  end: number;
  kind: 'del' | 'ins';
  cls: ChangeClass;
}

function markOpen(m: TextMark): string {
  const minor = MINOR_CLASSES.has(m.cls) ? ' minor' : '';
  const word = m.kind === 'del' ? 'deleted' : 'inserted';
  return `<${m.kind} class="c-${m.cls}${minor}" title="${word}: ${m.cls}">`;
}

/** text[start, end) as escaped HTML with its marks; marks are clipped to the range. */
export function markedText(text: string, start: number, end: number, marks: TextMark[]): string {
  const cuts = new Set([start, end]);
  for (const m of marks) {
    if (m.end <= start || m.start >= end) continue;
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const piece = esc(text.slice(a, b));
    const m = marks.find((x) => x.start <= a && x.end >= b);
    out += m ? `${markOpen(m)}${piece}</${m.kind}>` : piece;
  }
  return out;
}
