// The readable terminal report of `retold compare`: a summary per version, then the changes
// with context. Colour (ANSI) only when the caller says the terminal supports it. Version #n
// and paragraph ¶n come from the engine's numbering (engine/numbering.ts), as in the app.
import {
  paragraphAt,
  paragraphLabel,
  paragraphNumber,
  versionNumber,
  type Block,
  type Change,
  type Comparison,
  type Link,
  type Pair,
  type QuoteEntry,
  type QuoteSpan,
} from '../engine/index';
import { quoteDiff } from './quote-diff';

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

function counts(p: Pair): string {
  const by = (r: Link['relation']) => p.links.filter((l) => l.relation === r && !l.moved).length;
  const moved = p.links.filter((l) => l.moved).length;
  return (
    `kept ${by('verbatim')} · reworded ${by('reworded') + by('partial')} · moved ${moved} · ` +
    `dropped ${p.droppedBlocks.length} · added ${p.addedBlocks.length} paragraphs`
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
  const old = b1 > b0 ? k.del(`[-${oneLine(base.slice(b0, b1))}-]`) : '';
  const neu = v1 > v0 ? k.ins(`{+${oneLine(ver.slice(v0, v1))}+}`) : '';
  const line = `      ${ch.class.padEnd(11)} …${before} ${old}${neu} ${after}…`;
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
  const out: string[] = [];
  for (const a of p.attributions) {
    if (a.status === 'kept') continue;
    const b = a.base ? `“${oneLine(a.base.text)}”${paraOf(bb, a.base.start)}` : '(none)';
    const v = a.version ? `“${oneLine(a.version.text)}”${paraOf(vb, a.version.start)}` : '(none)';
    const kind = a.kind ? ` ${a.kind}` : '';
    if (a.status === 'dropped') out.push(k.del(`      dropped${kind}: ${b}`));
    else if (a.status === 'added') out.push(k.ins(`      added${kind}: ${v}`));
    else if (a.change) out.push(k.dim(`      changed${kind} (${a.change} only): ${b} → ${v}`));
    else out.push(`      changed${kind}: ${k.del(b)} → ${k.ins(v)}`);
  }
  return out.length > 0 ? ['    Attributions', ...out] : ['    Attributions: all kept'];
}

/** One quotation that is not identical: the exact difference, or both sides when unpaired. */
function quoteEntry(q: QuoteEntry, bb: Blocks, vb: Blocks, k: Paint): string[] {
  const who = (s?: string | null) => (s ? ` — ${s}` : '');
  const side = (x: QuoteSpan, blocks: Blocks) =>
    `“${clip(oneLine(x.text), 160)}”${who(x.speaker)}${paraOf(blocks, x.start)}`;
  const out = [`      ${q.status}:`];
  // A paraphrase is a sentence of reported speech: a word diff against it says nothing.
  if (q.base && q.version && q.status !== 'paraphrased') {
    const speaker =
      q.status === 'reattributed'
        ? ` — ${k.del(q.base.speaker ?? '?')} → ${k.ins(q.version.speaker ?? '?')}`
        : who(q.base.speaker);
    const at = (blocks: Blocks, x: QuoteSpan) => paraOf(blocks, x.start).trim() || '(¶?)';
    out.push(
      `        “${quoteDiff(q.base.text, q.version.text, k)}”${speaker} ` +
        `${at(bb, q.base)} → ${at(vb, q.version)}`,
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
  const out = p.quotes.flatMap((q) => (q.status === 'identical' ? [] : quoteEntry(q, bb, vb, k)));
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
        '[-deleted-] {+inserted+} words shown in base context.',
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
