// Who said it and where, under each row of the attributions and quotes panel: the speaker the
// engine found (a pronoun's "she said" resolved to the person it stands for, as the CLI prints
// it) and the paragraph (¶n, the engine's one numbering, engine/numbering.ts), so that two rows
// with the same words ("the authors wrote", twice) are told apart.
import { useContext } from 'react';
import { paragraphAt, type AttributionEntry, type QuoteEntry } from '../../../../engine';
import { CiteContext, type CiteScope } from '../export/Cite';

type Side = { start: number; text: string; source?: string | null; speaker?: string | null };

/** The speaker of one side: a quote's speaker, or an attribution's source not already in its words. */
function speakerOf(s: Side | null | undefined): string | null {
  if (!s) return null;
  const who = (s.speaker ?? s.source)?.trim();
  if (!who) return null;
  if (s.speaker === undefined && s.text.toLowerCase().includes(who.toLowerCase())) return null;
  return who;
}

/**
 * "Ann Lee", or "Ann Lee → Bo Chen" for a quote given to someone else or a changed credit; a
 * speaker merely named another way in a kept or trimmed quote ("Thomas J." → "Thomas") is
 * shown as the version names them.
 */
function speakers(entry: AttributionEntry | QuoteEntry): string | null {
  const b = speakerOf(entry.base);
  const v = speakerOf(entry.version);
  const swapped = entry.status === 'reattributed' || entry.status === 'changed';
  if (swapped && b && v && b !== v) return `${b} → ${v}`;
  return v ?? b;
}

/** "¶3", "¶3 → ¶4" when the paragraph moved, "base ¶5" for what only the base has. */
function where(scope: CiteScope | null, entry: AttributionEntry | QuoteEntry): string | null {
  if (!scope) return null;
  const c = scope.data.comparison;
  const baseVer = c.versions[c.base];
  const ver = c.versions[scope.pair.version];
  const b = entry.base && baseVer ? paragraphAt(baseVer, entry.base.start) : null;
  const v = entry.version && ver ? paragraphAt(ver, entry.version.start) : null;
  if (b !== null && v !== null) return b === v ? `¶${b}` : `¶${b} → ¶${v}`;
  if (v !== null) return `¶${v}`;
  return b !== null ? `base ¶${b}` : null;
}

/** The speaker and paragraph line of a panel row; nothing when neither is known. */
export function SourceWho({ entry }: { entry: AttributionEntry | QuoteEntry }) {
  const scope = useContext(CiteContext);
  const who = speakers(entry);
  const at = where(scope, entry);
  if (!who && !at) return null;
  return (
    <span className="source-who">
      {who ? <span className="source-speaker">— {who}</span> : null}
      {who && at ? ' · ' : null}
      {at ? <span className="source-para">{at}</span> : null}
    </span>
  );
}
