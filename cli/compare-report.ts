// The readable terminal report of `retold compare`: a summary per version, then the changes
// with context. Colour (ANSI) only when the caller says the terminal supports it.
import type { Change, Comparison, Link, Pair } from '../engine/index';

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
    k.head(`[${p.version + 1}] ${v?.id ?? ''}`) + (v?.outlet ? ` (${v.outlet})` : ''),
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

const para = (ns: number[]): string => ns.map((n) => `¶${n + 1}`).join('+');

function details(c: Comparison, p: Pair, k: Paint): string[] {
  const base = c.versions[c.base]?.text ?? '';
  const vt = c.versions[p.version];
  const ver = vt?.text ?? '';
  const out: string[] = [];
  for (const l of p.links) {
    if (l.changes.length === 0 && !l.moved) continue;
    const tag = `${l.relation}${l.moved ? ', moved' : ''}${l.coarse ? ', coarse' : ''}`;
    out.push(`    base ${para(l.base)} → ${para(l.version)} (${l.moved ? k.warn(tag) : tag})`);
    for (const ch of l.changes) out.push(changeLine(ch, base, ver, k));
  }
  const blockText = (t: string, b?: { start: number; end: number }) =>
    clip(oneLine(b ? t.slice(b.start, b.end) : ''), 90);
  for (const i of p.droppedBlocks) {
    out.push(k.del(`    dropped ¶${i + 1}: ${blockText(base, c.versions[c.base]?.blocks[i])}`));
  }
  for (const i of p.addedBlocks) {
    out.push(k.ins(`    added ¶${i + 1}: ${blockText(ver, vt?.blocks[i])}`));
  }
  return out;
}

/** The whole report as text. */
export function formatReport(c: Comparison, color: boolean): string {
  const k = paint(color);
  const b = c.versions[c.base];
  const lines = [
    k.head(`Base: [${c.base + 1}] ${b?.id ?? ''}`) + (c.baseReason ? ` — ${c.baseReason}` : ''),
    k.dim('Paragraphs are numbered from 1; [-deleted-] {+inserted+} words shown in base context.'),
    '',
  ];
  for (const p of c.pairs) lines.push(...summary(c, p, k));
  for (const p of c.pairs) {
    lines.push('', k.head(`Changes in [${p.version + 1}] ${c.versions[p.version]?.id ?? ''}`));
    lines.push(...details(c, p, k));
  }
  return `${lines.join('\n')}\n`;
}
