import type { ReactNode } from 'react';
import { FACT_WORDS } from '../../compare/correspondence';
import { segments, type Filters, type Mark } from '../../compare/marks';

interface ParaTextProps {
  text: string;
  start: number;
  end: number;
  marks: Mark[];
  filters: Filters;
}

const CLASS_WORDS: Record<string, string> = {
  typography: 'typography',
  spelling: 'spelling',
  wording: 'wording',
  number: 'number',
  name: 'name',
  attribution: 'attribution',
  quote: 'quote',
  hedge: 'hedge',
};

/** A paragraph's text with deleted, inserted, picked-out and shared words, as React text nodes. */
export function ParaText({ text, start, end, marks, filters }: ParaTextProps) {
  return (
    <>
      {segments(text, start, end, marks).map((seg) => {
        let node: ReactNode = seg.text;
        if (seg.marks.some((m) => m.kind === 'hit'))
          node = (
            <mark className="hit" tabIndex={-1}>
              {node}
            </mark>
          );
        const fact = seg.marks.find((m) => m.kind === 'fact');
        if (fact?.fact)
          node = (
            <mark
              className={`fact fact-${fact.fact}`}
              data-fact={fact.fact}
              title={FACT_WORDS[fact.fact]}
            >
              {node}
            </mark>
          );
        const ch = seg.marks.find((m) => m.kind === 'del' || m.kind === 'ins');
        if (ch?.cls) {
          // Minor findings (spelling, typography, attribution changed in wording only) dim.
          const dim = filters.dimMinor && ch.minor === true;
          const props = {
            className: `chg cls-${ch.cls}${dim ? ' dim' : ''}`,
            'data-change': ch.changeId,
            'data-class': ch.cls,
            tabIndex: -1,
            title: `${CLASS_WORDS[ch.cls]} change`,
          };
          node = ch.kind === 'del' ? <del {...props}>{node}</del> : <ins {...props}>{node}</ins>;
        }
        return <span key={seg.start}>{node}</span>;
      })}
    </>
  );
}
