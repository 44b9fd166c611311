// Loads the real-copy development set (bench/devset/clusters/*.json, format in
// bench/devset/README.md) and resolves its hand-written truth against the texts.
// A version is stored as a list of paragraphs; its text is those paragraphs joined by one
// blank line, so a truth paragraph index is a position in that list, and a truth phrase is
// found in the joined text (its first occurrence, or its first occurrence inside a longer,
// unique `in` string when the phrase itself repeats).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A phrase of a version's text: the phrase itself, or a phrase inside a unique context. */
export type TruthText = string | { text: string; in: string };

/** One version of a cluster as stored. */
export interface DevVersion {
  id: string;
  outlet: string;
  url: string;
  published: string | null;
  paragraphs: string[];
}

/** What an analyst says about one base–version pair. */
export interface DevPair {
  version: number;
  derived: boolean;
  note?: string;
  /** [base paragraph, version paragraph] pairs that carry the same content. */
  paragraphPairs: Array<[number, number]>;
  /** Base paragraphs not judged in this pair (page furniture, or outside this copy's excerpt). */
  ignoreBase?: number[];
  attributions?: {
    added: TruthText[];
    dropped: TruthText[];
    changed: Array<[TruthText, TruthText]>;
  };
  quotes?: { changed: TruthText[]; dropped: TruthText[]; unchangedPunctOnly: TruthText[] };
}

/** One cluster file. */
export interface DevCluster {
  id: string;
  kind: 'syndicated' | 'control';
  story: string;
  versions: DevVersion[];
  base: number;
  pairs: DevPair[];
}

/** A cluster with each version's joined text and paragraph offsets. */
export interface LoadedCluster extends DevCluster {
  file: string;
  texts: string[];
  /** [start, end) of every paragraph of every version, in that version's text. */
  offsets: Array<Array<[number, number]>>;
}

/** The blank line that separates stored paragraphs in a version's text. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** Folder of the cluster files. */
export const clustersDir = fileURLToPath(new URL('./clusters/', import.meta.url));

/** Joins paragraphs into a text and records where each one lies. */
export function joinParagraphs(paragraphs: readonly string[]): {
  text: string;
  offsets: Array<[number, number]>;
} {
  const offsets: Array<[number, number]> = [];
  let at = 0;
  for (const p of paragraphs) {
    offsets.push([at, at + p.length]);
    at += p.length + PARAGRAPH_SEPARATOR.length;
  }
  return { text: paragraphs.join(PARAGRAPH_SEPARATOR), offsets };
}

/** Reads one cluster file (no validation: see validate.ts). */
export function loadCluster(file: string): LoadedCluster {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as DevCluster;
  const joined = raw.versions.map((v) => joinParagraphs(v.paragraphs));
  return {
    ...raw,
    file: path.basename(file),
    texts: joined.map((j) => j.text),
    offsets: joined.map((j) => j.offsets),
  };
}

/** Every cluster file of the set, in file-name order. */
export function loadDevset(dir: string = clustersDir): LoadedCluster[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => loadCluster(path.join(dir, f)));
}

/** The phrase of a truth item. */
export function truthString(t: TruthText): string {
  return typeof t === 'string' ? t : t.text;
}

/** [start, end) of a truth phrase in a text, or null when it does not occur there. */
export function locate(text: string, t: TruthText): [number, number] | null {
  if (typeof t === 'string') {
    const i = text.indexOf(t);
    return i < 0 || t.length === 0 ? null : [i, i + t.length];
  }
  const ctx = text.indexOf(t.in);
  const inner = t.in.indexOf(t.text);
  if (ctx < 0 || inner < 0 || t.text.length === 0) return null;
  return [ctx + inner, ctx + inner + t.text.length];
}

/** True when two [start, end) ranges share at least one character. */
export function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}
