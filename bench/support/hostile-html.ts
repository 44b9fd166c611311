// Hostile HTML pages of issue 9 ("Import of hostile HTML hangs the backend"; "Extraction silently
// drops article text"), generated so every run sees the same bytes. Shared by
// bench/html-hostile.bench.ts (timings) and tests/unit/backend/ingest/html-hostile.test.ts
// (each answered in seconds with text or a clear error).

const SENTENCE = 'The council met on Thursday to discuss the future of the harbour and its ferry. ';
const MB = 1024 * 1024;

/** A page with a real article first, then `tail` (the hostile part). */
function articleThen(tail: string): string {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${SENTENCE.repeat(2)}(${i + 1})</p>`);
  return (
    '<!doctype html><html><head><title>Harbour vote</title></head><body><article>' +
    paragraphs.join('\n') +
    '</article>' +
    tail
  );
}

/** `text` repeated until it is at least `bytes` long. */
function fill(text: string, bytes: number): string {
  return text.repeat(Math.ceil(bytes / text.length));
}

/** One hostile shape: a name for reports and its page. */
export interface HostileCase {
  name: string;
  html: () => string;
}

/** Every shape of the issue, at the sizes, plus the other pathological ones we found. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: 'unclosed <!-- (1 MB)', html: () => fill('<!--<p>a</p>', MB) },
  {
    name: 'unclosed <!-- after an article (1 MB)',
    html: () => articleThen('<!--' + fill('<p>hidden words</p> -- > ', MB)),
  },
  {
    name: 'unclosed <nav> (1 MB)',
    html: () => articleThen('<nav>' + fill(`<p>${SENTENCE}</p><a href="/x">x</a>`, MB)),
  },
  {
    name: '1 MB of <nav> openings',
    html: () => articleThen(fill('<nav><p>menu</p>', MB)),
  },
  {
    name: '9,900 nested divs (100 KB)',
    html: () =>
      '<!doctype html><html><body>' +
      '<div>'.repeat(9_900) +
      `<p>${SENTENCE.repeat(3)}</p>` +
      '</div>'.repeat(9_900) +
      '</body></html>',
  },
  {
    name: '490 nested divs around one paragraph',
    html: () =>
      '<!doctype html><html><body>' +
      '<div>'.repeat(490) +
      `<p>${SENTENCE.repeat(3)}</p>` +
      '</div>'.repeat(490) +
      '</body></html>',
  },
  {
    name: '9,900 unclosed nested divs with text',
    html: () => '<html><body>' + fill(`<div>${SENTENCE}`, 9_900 * (SENTENCE.length + 5)),
  },
  {
    name: 'unclosed <script> (1 MB)',
    html: () => articleThen('<script>' + fill('var a = "<p>x</p>";', MB)),
  },
  { name: 'many unclosed <script (1 MB)', html: () => fill('<script>x<p>y</p>', MB) },
  {
    name: 'unclosed <svg> (1 MB)',
    html: () => articleThen('<svg>' + fill('<path d="M0 0"/>', MB)),
  },
  { name: 'many <svg> openings (1 MB)', html: () => articleThen(fill('<svg><g>', MB)) },
  {
    name: 'unclosed <style> (1 MB)',
    html: () => articleThen('<style>' + fill('.a{color:red}', MB)),
  },
  {
    name: 'unclosed <![CDATA[ (1 MB)',
    html: () => articleThen('<svg><![CDATA[' + fill('x<p>', MB)),
  },
  {
    name: 'huge attribute (5 MB)',
    html: () => articleThen(`<img src="data:image/png;base64,${fill('QUJD', 5 * MB)}">`),
  },
  {
    name: 'unclosed attribute quote (1 MB)',
    html: () => articleThen('<a href="' + fill('<p>x</p>', MB)),
  },
  { name: '1 MB of "<" characters', html: () => articleThen(fill('<', MB)) },
  { name: '1 MB of "</" end tags', html: () => articleThen(fill('</div>', MB)) },
  { name: '1 MB of <p><b> unclosed', html: () => articleThen(fill('<p><b>bold ', MB)) },
  { name: '1 MB of entities', html: () => articleThen('<p>' + fill('&amp;&#x1F600;&nbsp', MB)) },
  {
    name: 'over the size limit (50 MB)',
    html: () => articleThen(fill(`<p>${SENTENCE}</p>`, 50 * MB)),
  },
];

/**
 * The page of defect 3: ten paragraphs (210 words in all), with an `<svg>` inside an attribute
 * value near the top and an inline icon later. A regex that strips `<svg …>…</svg>` starts at
 * the attribute and ends at the icon, swallowing paragraphs 3 to 5.
 */
export function svgInAttributePage(): { html: string; paragraphs: string[] } {
  const paragraphs = [
    'The harbour council voted on Tuesday evening to keep the island ferry running through the winter despite a large budget gap.',
    'Mayor Elena Ruiz said the decision protected about four hundred daily passengers who depend on the boat to reach their work.',
    'Critics on the finance committee argued that public subsidies had nearly tripled since the old vessel failed its last safety inspection.',
    'Engineers estimate that replacing both diesel engines would cost two million euros and take at least eighteen months of yard work.',
    'Several fishermen attended the crowded meeting wearing orange jackets, holding hand-painted signs that asked councillors to save the wooden pier.',
    'A regional transport agency has offered matching funds if the town commits to electric propulsion before the start of next spring.',
    'Opposition leader Tomas Berg called that offer a trap, warning that new charging stations alone could bankrupt the small municipal port.',
    'Residents of the northern villages told reporters that losing the crossing would add about ninety minutes to every single daily commute.',
    'Shop owners near the terminal reported that summer tourism had already fallen sharply when the evening sailings were cut last year.',
    'The council will publish a revised timetable next month and hold another public hearing before any increase in fares takes effect.',
  ]; // 21 words each
  const p = (i: number): string => `<p>${paragraphs[i]}</p>`;
  const html =
    '<!doctype html><html><head><title>Ferry vote</title></head><body><article>' +
    '<h1>Ferry vote</h1>' +
    p(0) +
    p(1) +
    `<button data-icon="<svg viewBox='0 0 10 10'><path d='M0 0'/>">Share</button>` +
    p(2) +
    p(3) +
    p(4) +
    '<span class="icon"><svg viewBox="0 0 10 10"><path d="M0 0"/></svg></span>' +
    [5, 6, 7, 8, 9].map(p).join('') +
    '</article></body></html>';
  return { html, paragraphs };
}
