// The readable terminal report of `retold compare`: a summary per version, then the changes
// with context. Colour (ANSI) only when the caller says the terminal supports it. Version #n
// and paragraph ¶n come from the engine's numbering (engine/numbering.ts), as in the app.
import {
  paragraphAt,
  paragraphCounts,
  paragraphLabel,
  paragraphNumber,
  versionNumber,
  type Block,
  type Change,
  type Comparison,
  type Pair,
  type QuoteEntry,
  type QuoteSpan,
} from '../engine/index';
import { quoteDiff } from './quote-diff';
import {
  ATTRIBUTION_CHANGE_LABEL,
  ATTRIBUTION_LABEL,
  QUOTE_HEADING,
  invisibleChange,
} from './report-words';

/** ANSI styles, or identity functions when colour is off. */
interface Paint {
  del: (s: string) => string;
  ins: (s: string) => string;
  dim: (s: string) => string;
  head: (s: string) => string;
  warn: (s: string) => string;
}

function paint(color: boolean): Paint {
  const wrap = (code: string) => (s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { del: wrap('31'), ins: wrap('32'), dim: wrap('2'), head: wrap('1'), warn: wrap('33') };
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Paragraph counts as the app's overview gives them (engine `paragraphCounts`). */
function counts(p: Pair): string {
  const n = paragraphCounts(p);
  const same = n.sameFacts > 0 ? ` · same facts, independent wording ${n.sameFacts}` : '';
  return (
    `kept ${n.kept} · reworded ${n.reworded} · moved ${n.moved} · ` +
    `dropped ${n.dropped} · added ${n.added}${same} paragraphs`
  );
}

function summary(c: Comparison, p: Pair, k: Paint): string[] {
  const v = c.versions[p.version];
  const s = p.stats;
  const lines = [
    k.head(`#${versionNumber(c, p.version)} ${v?.id ?? ''}`) + (v?.outlet ? ` (${v.outlet})` : ''),
    `    derivation: ${p.derivation.label} (${p.derivation.score.toFixed(2)}), similarity ${(s.similarity ?? 0).toFixed(2)}`,
    `    ${counts(p)}`,
    `    words: ${s.keptWords} of ${s.baseWords} kept, ${s.droppedWords} dropped, ${s.addedWords} added`,
  ];
  if (p.coarse) lines.push(k.warn(`    coarse comparison: ${p.coarse.reason}`));
  return lines;
}

function changeLine(ch: Change, base: string, ver: string, k: Paint): string {
  const [b0, b1] = ch.base ?? [0, 0];
  const [v0, v1] = ch.version ?? [0, 0];
  // Context stays inside the paragraph: cut at the nearest line break.
  const before = oneLine(
    base
      .slice(Math.max(0, b0 - 40), b0)
      .split('\n')
      .pop() ?? '',
  ).slice(-30);
  const after = oneLine(base.slice(b1, b1 + 40).split('\n')[0] ?? '').slice(0, 30);
  const rawOld = base.slice(b0, b1);
  const rawNew = ver.slice(v0, v1);
  // A change the terminal cannot show (a no-break space for a space) is named instead.
  const unseen = invisibleChange(rawOld, rawNew);
  const old = b1 > b0 ? k.del(`[-${oneLine(rawOld)}-]`) : '';
  const neu = v1 > v0 ? k.ins(`{+${oneLine(rawNew)}+}`) : '';
  const mark = unseen ? `[~${oneLine(rawNew) || oneLine(rawOld)}~] (${unseen})` : `${old}${neu}`;
  const line = `      ${ch.class.padEnd(11)} …${before} ${mark} ${after}…`;
  return ch.class === 'typography' || ch.class === 'spelling' ? k.dim(line) : line;
}

function details(c: Comparison, p: Pair, k: Paint): string[] {
  const bv = c.versions[c.base] ?? { text: '', blocks: [] };
  const vt = c.versions[p.version] ?? { text: '', blocks: [] };
  const base = bv.text;
  const ver = vt.text;
  const out: string[] = [];
  for (const l of p.links) {
    if (l.changes.length === 0 && !l.moved) continue;
    const tag = `${l.relation}${l.moved ? ', moved' : ''}${l.coarse ? ', coarse' : ''}`;
    const where = `${paragraphLabel(bv, l.base)} → ${paragraphLabel(vt, l.version)}`;
    out.push(`    base ${where} (${l.moved ? k.warn(tag) : tag})`);
    for (const ch of l.changes) out.push(changeLine(ch, base, ver, k));
  }
  const blockText = (t: string, b?: { start: number; end: number }) =>
    clip(oneLine(b ? t.slice(b.start, b.end) : ''), 90);
  for (const i of p.droppedBlocks) {
    out.push(k.del(`    dropped ¶${paragraphNumber(bv, i)}: ${blockText(base, bv.blocks[i])}`));
  }
  for (const i of p.addedBlocks) {
    out.push(k.ins(`    added ¶${paragraphNumber(vt, i)}: ${blockText(ver, vt.blocks[i])}`));
  }
  return out;
}

type Blocks = readonly Block[] | undefined;

/** Paragraph number of an offset, for the Attributions and Quotes sections. */
function paraOf(blocks: readonly Block[] | undefined, at: number): string {
  const n = paragraphAt({ blocks: blocks ?? [] }, at);
  return n === null ? '' : ` (¶${n})`;
}

/** Dropped, added and changed attributions, each with its phrase and paragraph. */
function attributionLines(c: Comparison, p: Pair, k: Paint): string[] {
  const bb = c.versions[c.base]?.blocks;
  const vb = c.versions[p.version]?.blocks;
  // One heading per kind of change, each entry under it ("Dropped (16):").
  const groups: Record<'Dropped' | 'Added' | 'Changed' | 'Reworded slightly', string[]> = {
    Dropped: [],
    Added: [],
    Changed: [],
    'Reworded slightly': [],
  };
  for (const a of p.attributions) {
    if (a.status === 'kept') continue;
    const b = a.base ? `“${oneLine(a.base.text)}”${paraOf(bb, a.base.start)}` : '(none)';
    const v = a.version ? `“${oneLine(a.version.text)}”${paraOf(vb, a.version.start)}` : '(none)';
    const kind = ATTRIBUTION_LABEL[a.kind ?? 'other'];
    if (a.status === 'dropped') {
      groups.Dropped.push(k.del(`        ${kind}: ${b}`));
    } else if (a.status === 'added') {
      groups.Added.push(k.ins(`        ${kind}: ${v}`));
    } else if (a.change) {
      groups['Reworded slightly'].push(
        k.dim(`        ${kind}, ${ATTRIBUTION_CHANGE_LABEL[a.change]}: ${b} → ${v}`),
      );
    } else groups.Changed.push(`        ${kind}: ${k.del(b)} → ${k.ins(v)}`);
  }
  const out = Object.entries(groups).flatMap(([head, lines]) =>
    lines.length > 0 ? [`      ${head} (${lines.length}):`, ...lines] : [],
  );
  return out.length > 0 ? ['    Attributions', ...out] : ['    Attributions: all kept'];
}

/** One quotation that is not identical: the exact difference, or both sides when unpaired. */
function quoteEntry(q: QuoteEntry, bb: Blocks, vb: Blocks, k: Paint): string[] {
  const who = (s?: string | null) => (s ? ` — ${s}` : '');
  const side = (x: QuoteSpan, blocks: Blocks) =>
    `“${clip(oneLine(x.text), 160)}”${who(x.speaker)}${paraOf(blocks, x.start)}`;
  const out: string[] = [];
  // A paraphrase is a sentence of reported speech: a word diff against it says nothing.
  if (q.base && q.version && q.status !== 'paraphrased') {
    const speaker =
      q.status === 'reattributed'
        ? ` — ${k.del(q.base.speaker ?? '?')} → ${k.ins(q.version.speaker ?? '?')}`
        : who(q.base.speaker);
    const at = (blocks: Blocks, x: QuoteSpan) => paraOf(blocks, x.start).trim() || '(¶?)';
    const unseen = invisibleChange(q.base.text, q.version.text);
    out.push(
      `        “${quoteDiff(q.base.text, q.version.text, k)}”${speaker} ` +
        `${at(bb, q.base)} → ${at(vb, q.version)}${unseen ? ` (${unseen})` : ''}`,
    );
    return out;
  }
  if (q.base) out.push(k.del(`        - ${side(q.base, bb)}`));
  if (q.version) out.push(k.ins(`        + ${side(q.version, vb)}`));
  return out;
}

/** Every quotation that is not identical, with the exact difference. */
function quoteLines(c: Comparison, p: Pair, k: Paint): string[] {
  const bb = c.versions[c.base]?.blocks;
  const vb = c.versions[p.version]?.blocks;
  // One heading per status ("Dropped quotes (14):"), in the order the statuses first occur.
  const groups = new Map<Exclude<QuoteEntry['status'], 'identical'>, QuoteEntry[]>();
  for (const q of p.quotes) {
    if (q.status === 'identical') continue;
    groups.set(q.status, [...(groups.get(q.status) ?? []), q]);
  }
  const out = [...groups].flatMap(([status, qs]) => [
    `      ${QUOTE_HEADING[status]} (${qs.length}):`,
    ...qs.flatMap((q) => quoteEntry(q, bb, vb, k)),
  ]);
  return out.length > 0 ? ['    Quotes', ...out] : ['    Quotes: all identical'];
}

/** The whole report as text. */
export function formatReport(c: Comparison, color: boolean): string {
  const k = paint(color);
  const b = c.versions[c.base];
  const lines = [
    k.head(`Base: #${versionNumber(c, c.base)} ${b?.id ?? ''}`) +
      (c.baseReason ? ` — ${c.baseReason}` : ''),
    k.dim(
      'Versions #n as given; paragraphs ¶n count every block from 1, as in the app; ' +
        '[-deleted-] {+inserted+} words shown in base context; [~text~] (what) names a ' +
        'change the terminal cannot show, such as a no-break space.',
    ),
    '',
  ];
  if (c.coarse) lines.push(k.warn(`Coarse comparison: ${c.coarse.reason}`), '');
  for (const p of c.pairs) lines.push(...summary(c, p, k));
  for (const p of c.pairs) {
    const id = c.versions[p.version]?.id ?? '';
    lines.push('', k.head(`Changes in #${versionNumber(c, p.version)} ${id}`));
    lines.push(...details(c, p, k));
    lines.push(...attributionLines(c, p, k), ...quoteLines(c, p, k));
  }
  return `${lines.join('\n')}\n`;
}
