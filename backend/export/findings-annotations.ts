// The CSV rows of notes and corrections: one row of type `note` per note on a finding (its text
// in the `note` column, its words and where they are now; a detached note keeps its words and
// says so in `status`) and one of type `correction` per correction (what it did, in `class`;
// applied or detached in `status`; the engine's status before it in `corrected`).
import { correctionWords } from './annotations';
import type { StoryExport } from './collect';
import { NO_SPANS, type FindingRow } from './findings';

/** Rows of the story's notes and corrections, after its findings. */
export function annotationRows(x: StoryExport): FindingRow[] {
  const c = x.comparison;
  const baseVersion = x.versions[c.base]?.number ?? c.base + 1;
  const meta = (n: number | null) => x.versions.find((v) => v.number === n);
  const head = (version: number | null) => ({
    story: x.story.title,
    storyId: x.story.id,
    baseVersion,
    version,
    outlet: meta(version)?.outlet ?? null,
    url: meta(version)?.url ?? null,
  });
  const notes = x.notes.map((n): FindingRow => ({
    ...head(n.version),
    ...NO_SPANS,
    type: 'note',
    status: n.placement,
    class: n.finding,
    versionText: n.text,
    versionParagraphs: n.paragraph === null ? null : String(n.paragraph),
    versionStart: n.start,
    versionEnd: n.end,
    note: n.note,
  }));
  const corrections = x.corrections.map((k): FindingRow => ({
    ...head(k.version),
    ...NO_SPANS,
    type: 'correction',
    status: k.outcome,
    class: correctionWords(k.kind) + (k.status ? `: ${k.status}` : ''),
    versionText: k.text,
    baseText: k.otherText,
    corrected: k.engine ? `engine said ${k.engine.status}` : null,
  }));
  return [...notes, ...corrections];
}
