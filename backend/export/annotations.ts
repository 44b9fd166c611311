// Notes and corrections in exports. The story's corrections are applied to the comparison
// (engine/overrides/apply.ts, the same pure function the app uses before display), and its
// notes placed in the corrected comparison (engine/overrides/notes.ts). The result travels
// in the StoryExport: the JSON lists both, the CSV adds rows of type `note` and `correction`
// and marks corrected findings, the HTML report has a section for each.
import type { CorrectionRow, Library, NoteRow } from '../../db';
import {
  applyCorrections,
  paragraphAt,
  placeNotes,
  type AttributionEntry,
  type Comparison,
  type Link,
} from '../../engine/index';

/** A note as exported: where it is now (or that it is detached) and its words. */
export interface ExportNote {
  id: number;
  /** What the note was written on. */
  finding: NoteRow['kind'];
  /** attached: on its finding; text: its words are there but the finding is not; detached. */
  placement: 'attached' | 'text' | 'detached';
  note: string;
  /** The version (#n) its words are in, and the ¶ there; null when detached. */
  version: number | null;
  paragraph: number | null;
  /** The words it was written on, exactly as they were. */
  text: string;
  /** UTF-16 offsets of the words in the version's text now (null when detached). */
  start: number | null;
  end: number | null;
  /** The pair's other version (#n) when it was written, when still in the story. */
  otherVersion: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A correction as exported: what it did, to what, and what the engine had said. */
export interface ExportCorrection {
  id: number;
  kind: CorrectionRow['kind'];
  /** applied; inactive (its pair is not compared with this base); detached (words gone). */
  outcome: 'applied' | 'inactive' | 'detached';
  /** The status it sets (attribution-status, add-attribution). */
  status: CorrectionRow['status'];
  version: number | null;
  otherVersion: number | null;
  /** The words it is anchored to (for link/unlink: the first paragraph's). */
  text: string;
  otherText: string | null;
  /** The engine's finding before the correction (attributions). */
  engine: AttributionEntry | null;
  createdAt: string;
}

/** A story's annotations for export, and the corrected comparison. */
export interface Annotated {
  comparison: Comparison;
  notes: ExportNote[];
  corrections: ExportCorrection[];
  /** "corrected by you: was kept" for each corrected attribution entry or link, by identity. */
  corrected: Map<AttributionEntry | Link, string>;
}

const KIND_WORDS: Record<CorrectionRow['kind'], string> = {
  'not-attribution': 'not an attribution',
  'attribution-status': 'status changed',
  'add-attribution': 'attribution added',
  link: 'paragraphs linked',
  unlink: 'paragraphs unlinked',
};

/** The words of a correction's kind, as the app and the exports say them. */
export function correctionWords(kind: CorrectionRow['kind']): string {
  return KIND_WORDS[kind];
}

/**
 * Applies the story's corrections and places its notes. `ids[i]` is the library id of
 * `c.versions[i]`; `numbers[i]` its #n.
 */
export function annotate(
  library: Library,
  storyId: number,
  c: Comparison,
  ids: readonly number[],
): Annotated {
  const rows = library.corrections.list(storyId);
  const notes = library.notes.list(storyId);
  const { comparison, outcomes } = applyCorrections(c, ids, rows);
  const num = (id: number | null): number | null => {
    const i = id === null ? -1 : ids.indexOf(id);
    return i < 0 ? null : (comparison.versions[i]?.number ?? i + 1);
  };
  const corrected = new Map<AttributionEntry | Link, string>();
  const corrections = rows.map((k, i): ExportCorrection => {
    const o = outcomes[i];
    const was = o?.was ? `: was ${o.was.status}` : '';
    if (o?.entry) corrected.set(o.entry, `by you, ${KIND_WORDS[k.kind]}${was}`);
    if (o?.link && k.kind === 'link') corrected.set(o.link, `by you, ${KIND_WORDS[k.kind]}`);
    return {
      id: k.id,
      kind: k.kind,
      outcome: o?.status ?? 'detached',
      status: k.status,
      version: num(k.anchor.versionId),
      otherVersion: num(k.otherVersionId),
      text: k.anchor.text,
      otherText: k.other?.text ?? null,
      engine: o?.was ?? null,
      createdAt: k.createdAt,
    };
  });
  const placed = placeNotes(comparison, ids, notes);
  const exported = notes.map((n, i): ExportNote => {
    const p = placed[i];
    const v = p?.at ? comparison.versions[p.at.index] : undefined;
    return {
      id: n.id,
      finding: n.kind,
      placement: p?.status ?? 'detached',
      note: n.body,
      version: p?.at ? (v?.number ?? p.at.index + 1) : null,
      paragraph: v && p?.at ? paragraphAt(v, p.at.start) : null,
      text: n.anchor.text,
      start: p?.at?.start ?? null,
      end: p?.at?.end ?? null,
      otherVersion: num(n.otherVersionId),
      createdAt: n.createdAt,
      updatedAt: n.updatedAt,
    };
  });
  return { comparison, notes: exported, corrections, corrected };
}
