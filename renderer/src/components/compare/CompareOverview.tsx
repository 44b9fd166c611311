import type { LoadedComparison } from '../../compare/useComparison';
import { pairFigures, type PairFigures } from '../../compare/model';
import { formatDate, versionName } from '../../lib/format';
import type { VersionSummary } from '../../lib/types';

interface CompareOverviewProps {
  loaded: LoadedComparison;
  chosenBase: boolean;
  /** Makes a version the base; null goes back to the automatic choice. */
  onMakeBase: (versionId: number | null) => void;
  onOpenPair: (pairIndex: number) => void;
}

const DERIVATION: Record<string, string> = {
  wholly: 'wholly derived',
  partially: 'partially derived',
  none: 'not derived',
};

/** The headline when the name is the outlet, and the file a version came from. */
const subtitle = (v: VersionSummary): string =>
  [v.outlet ? (v.title ?? 'Untitled') : null, v.sourceKind === 'file' ? v.sourceName : null]
    .filter(Boolean)
    .join(' · ');

const COUNTS = [
  ['kept', '=', 'kept'],
  ['reworded', '≈', 'reworded'],
  ['moved', '↕', 'moved'],
  ['dropped', '✕', 'dropped'],
  ['added', '+', 'added'],
] as const;

/** Paragraph counts as compact chips: a symbol and a number, with the word for screen readers. */
function ParagraphCounts({ f }: { f: PairFigures }) {
  return (
    <span className="para-counts">
      {COUNTS.map(([k, sym, word]) => (
        <span
          key={k}
          className={`count-chip st-${k}${f[k] === 0 ? ' zero' : ''}`}
          title={`${f[k]} ${word}`}
        >
          <span aria-hidden="true">
            {sym} {f[k]}
          </span>
          <span className="visually-hidden">
            {f[k]} {word},
          </span>
        </span>
      ))}
    </span>
  );
}

/**
 * A count of real changes, with the minor ones (wording-only credits, typography or spelling in
 * quotes) beside it, dimmed: the same split the attributions panel and the matrix make.
 */
function ChangeCount({ n, minor }: { n: number; minor: number }) {
  return (
    <>
      {n}
      {minor > 0 ? (
        <span className="minor-count" title={`${minor} changed only in wording or typography`}>
          {' '}
          +{minor} minor
        </span>
      ) : null}
    </>
  );
}

/** Date and length, under the name. */
const meta = (v: VersionSummary): string =>
  `${formatDate(v.published)} · ${v.wordCount.toLocaleString()} words`;

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Every version against the base: how much was kept, reworded, moved, dropped and added. */
export function CompareOverview({
  loaded,
  chosenBase,
  onMakeBase,
  onOpenPair,
}: CompareOverviewProps) {
  const { comparison: c, versions } = loaded;
  const base = versions[c.base];
  const reason = chosenBase ? 'chosen by you' : (c.baseReason ?? 'chosen automatically');
  return (
    <section className="compare-overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">How each version treated the story</h2>
      <p className="base-line">
        <span className="badge base-badge">Base</span>{' '}
        <strong>{base ? versionName(base) : '—'}</strong> <span className="muted">({reason})</span>
        {chosenBase ? (
          <>
            {' '}
            <button type="button" className="small-button" onClick={() => onMakeBase(null)}>
              Choose the base automatically
            </button>
          </>
        ) : null}
      </p>
      <div className="overview-scroll">
        <table className="overview-table">
          <caption className="visually-hidden">Versions compared with the base</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col" className="num">
                Similar
              </th>
              <th scope="col">Derivation</th>
              <th scope="col">Paragraphs</th>
              <th scope="col" className="num">
                Sources changed
              </th>
              <th scope="col" className="num">
                Quotes changed
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {base ? (
              <tr className="is-base" data-version-id={base.id}>
                <th scope="row">
                  <span className="version-outlet">{versionName(base)}</span>
                  <span className="version-title">{subtitle(base)}</span>
                  <span className="version-meta">{meta(base)}</span>
                </th>
                <td colSpan={5} className="muted">
                  the base: every other version is compared with it
                </td>
                <td />
              </tr>
            ) : null}
            {c.pairs.map((pair, i) => {
              const v = versions[pair.version];
              if (!v) return null;
              const f = pairFigures(pair);
              const name = versionName(v);
              const independent = pair.derivation.label === 'none';
              return (
                <tr
                  key={v.id}
                  data-version-id={v.id}
                  className={independent ? 'independent' : undefined}
                >
                  <th scope="row">
                    <span className="version-outlet">{name}</span>
                    <span className="version-title">{subtitle(v)}</span>
                    <span className="version-meta">{meta(v)}</span>
                    {independent ? (
                      <span className="badge independent-badge">Independent report</span>
                    ) : null}
                  </th>
                  <td className="num">{pct(f.similarity)}</td>
                  <td>
                    <span className={`derivation d-${pair.derivation.label}`}>
                      {DERIVATION[pair.derivation.label]}
                    </span>
                  </td>
                  <td>
                    <ParagraphCounts f={f} />
                  </td>
                  <td className="num">
                    <ChangeCount n={f.attributionChanges} minor={f.attributionMinor} />
                  </td>
                  <td className="num">
                    <ChangeCount n={f.quoteChanges} minor={f.quoteMinor} />
                  </td>
                  <td className="actions-cell">
                    <div className="row-actions">
                      <button
                        type="button"
                        className="small-button"
                        onClick={() => onOpenPair(i)}
                        aria-label={`Compare ${name} with the base`}
                      >
                        Compare
                      </button>
                      <button
                        type="button"
                        className="small-button"
                        onClick={() => onMakeBase(v.id)}
                        aria-label={`Make ${name} the base`}
                      >
                        Make base
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
