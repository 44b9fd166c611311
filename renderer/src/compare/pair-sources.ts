// Sources, figures and names side by side, and what an independent report shares with the
// base (issue 13): the words of the pair view's tables and of the overview line that replaces
// "not derived" alone. Pure functions of the engine's `pairs[].sources`, `pairs[].facts` and
// `pairs[].correspondences`.
import type { FactKind, Pair, PairFact, PairSource, SourceUse } from '../../../engine';
import { factGroups } from './correspondence';

/** The table's groups, in the order it lists them. */
export const SOURCE_STATUS_ORDER: PairSource['status'][] = ['shared', 'base-only', 'version-only'];

/** A group's heading. */
export const SOURCE_STATUS_WORDS: Record<PairSource['status'], string> = {
  shared: 'in both',
  'base-only': 'only in the base',
  'version-only': 'only in this version',
};

/** How a text uses a source, in a table cell. */
export const USE_WORDS: Record<SourceUse, string> = {
  direct: 'quoted directly',
  reported: 'reported',
  credit: 'credited',
};

/** The pair's sources by group, in the engine's order within each. */
export function sourceGroups(
  pair: Pair,
): { status: PairSource['status']; sources: PairSource[] }[] {
  const all = pair.sources ?? [];
  return SOURCE_STATUS_ORDER.map((status) => ({
    status,
    sources: all.filter((s) => s.status === status),
  })).filter((g) => g.sources.length > 0);
}

/** "quoted directly in Port Ellis Gazette, reported in Harbor Light Radio". */
export function sourceUse(s: PairSource, baseName: string, versionName: string): string {
  const side = (use: SourceUse | null, name: string): string =>
    use ? `${USE_WORDS[use]} in ${name}` : `not in ${name}`;
  if (s.base && s.base === s.version) return `${USE_WORDS[s.base]} in both`;
  return `${side(s.base, baseName)}, ${side(s.version, versionName)}`;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A shared source used differently on the two sides: "Reardon quoted in one, reported in the other". */
function differently(s: PairSource): string | null {
  if (s.status !== 'shared' || !s.base || !s.version || s.base === s.version) return null;
  return `${s.name} ${USE_WORDS[s.base]} in the base, ${USE_WORDS[s.version]} here`;
}

/**
 * What a pair shares with the base and what it does not, in short phrases: "9 passages report
 * the same facts", "shares 2 sources (Mayor Reardon quoted directly in the base, reported
 * here)", "2 sources only here", "7 only in the base". Empty when the engine gave neither
 * correspondences nor sources (an older or coarse comparison).
 */
export function sharedSummary(pair: Pair): string[] {
  if (pair.correspondences === undefined && pair.sources === undefined) return [];
  const passages = factGroups(pair).length;
  const sources = pair.sources ?? [];
  const n = (st: PairSource['status']): number => sources.filter((s) => s.status === st).length;
  const out = [
    passages > 0
      ? `${plural(passages, 'passage reports', 'passages report')} the same facts`
      : 'no passage reports the same facts',
  ];
  const shared = n('shared');
  if (shared > 0) {
    const diff = sources.map(differently).filter((x): x is string => x !== null);
    const note = diff.length > 0 ? ` (${diff.join('; ')})` : '';
    out.push(`shares ${plural(shared, 'source', 'sources')}${note}`);
  } else if (sources.length > 0) out.push('shares no source');
  if (n('version-only') > 0)
    out.push(`${plural(n('version-only'), 'source', 'sources')} only here`);
  if (n('base-only') > 0) out.push(`${n('base-only')} only in the base`);
  return out;
}

/** The figures table's groups, in the order it lists them: differences first. */
export const FIGURE_STATUS_ORDER: PairFact['status'][] = [
  'changed',
  'base-only',
  'version-only',
  'shared',
];

/** A figures group's heading. */
export const FIGURE_STATUS_WORDS: Record<PairFact['status'], string> = {
  changed: 'given differently',
  'base-only': 'only in the base',
  'version-only': 'only in this version',
  shared: 'in both',
};

/** A fact kind in a table cell. */
export const FACT_KIND_WORDS: Record<FactKind, string> = {
  number: 'number',
  date: 'date',
  amount: 'amount',
  person: 'person',
  organisation: 'organisation',
  place: 'place',
  name: 'name',
};

/** The pair's figures and names by group (`pairs[].facts`), in the engine's order within each. */
export function figureGroups(pair: Pair): { status: PairFact['status']; facts: PairFact[] }[] {
  const all = pair.facts ?? [];
  return FIGURE_STATUS_ORDER.map((status) => ({
    status,
    facts: all.filter((f) => f.status === status),
  })).filter((g) => g.facts.length > 0);
}
