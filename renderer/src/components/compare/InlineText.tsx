import type { ReactElement } from 'react';
import type { Comparison, Link } from '../../../../engine';
import type { Filters, Mark } from '../../compare/marks';
import { ParaText } from './ParaText';

interface InlineTextProps {
  c: Comparison;
  version: number;
  link: Link;
  /** The link's index in the pair: word-change marks are named `<link>:<change>`. */
  linkIndex: number;
  blocks: number[];
  baseMarks: Mark[];
  versionMarks: Mark[];
  filters: Filters;
}

/**
 * One column: the version's paragraph with the base's deleted words struck through at the
 * place they were cut, and the inserted words highlighted. Built from the link's changes (the
 * engine fills both ranges of every change, so base + changes reconstruct the version).
 * Changes of hidden classes show only the version's words. A change is hidden by the class it
 * is drawn in (findings.ts: a word change inside a changed attribution is drawn as that
 * attribution), which is the class of its base mark, so the struck words show exactly when
 * side-by-side shows their mark: the base marks arrive filtered by the drawn class.
 */
export function InlineText({
  c,
  version,
  link,
  linkIndex,
  blocks,
  baseMarks,
  versionMarks,
  filters,
}: InlineTextProps) {
  const base = c.versions[c.base];
  const ver = c.versions[version];
  if (!base || !ver) return null;
  const struck = new Set(baseMarks.map((m) => m.changeId));
  const changes = link.changes
    .map((ch, ci) => ({ ...ch, shown: struck.has(`${linkIndex}:${ci}`) }))
    .sort((a, b) => (a.version?.[0] ?? 0) - (b.version?.[0] ?? 0) || (a.op === 'delete' ? -1 : 1));
  return (
    <>
      {blocks.map((bi) => {
        const blk = ver.blocks[bi];
        if (!blk) return null;
        const parts: ReactElement[] = [];
        let cursor = blk.start;
        const mine = changes.filter((ch) => {
          const p = ch.version?.[0] ?? -1;
          return p >= blk.start && p <= blk.end;
        });
        for (const ch of mine) {
          const [vs, ve] = ch.version ?? [cursor, cursor];
          if (vs > cursor)
            parts.push(
              <ParaText
                key={`v${cursor}`}
                text={ver.text}
                start={cursor}
                end={vs}
                marks={versionMarks}
                filters={filters}
              />,
            );
          if (ch.base && ch.base[1] > ch.base[0] && ch.shown) {
            parts.push(
              <ParaText
                key={`b${ch.base[0]}`}
                text={base.text}
                start={ch.base[0]}
                end={ch.base[1]}
                marks={baseMarks}
                filters={filters}
              />,
            );
          }
          if (ve > vs)
            parts.push(
              <ParaText
                key={`c${vs}`}
                text={ver.text}
                start={vs}
                end={ve}
                marks={versionMarks}
                filters={filters}
              />,
            );
          cursor = Math.max(cursor, ve);
        }
        if (cursor < blk.end)
          parts.push(
            <ParaText
              key={`v${cursor}`}
              text={ver.text}
              start={cursor}
              end={blk.end}
              marks={versionMarks}
              filters={filters}
            />,
          );
        return (
          <p key={bi} className={`para kind-${blk.kind}`} data-block={bi}>
            {parts}
          </p>
        );
      })}
    </>
  );
}
