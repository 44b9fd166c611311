// The real syndicated clusters of the development set (bench/devset) as grouping truth: each
// `syndicated` file's base and the versions the truth calls derived are one story; a version
// the truth calls independent, and every non-base version of a `control` file, is a story of
// its own. The same text in two files (a control file reuses a syndicated file's base as its
// own, at the same address) is one article, imported once: articles are keyed by URL, since a
// control file's copy of a page may be a slightly different excerpt of it.
import { loadDevset } from '../devset/load';
import type { CorpusArticle } from './corpus';

/** The development set's articles, one per address, with their truth label. */
export function devsetArticles(only?: (id: string) => boolean): CorpusArticle[] {
  const byUrl = new Map<string, CorpusArticle>();
  for (const c of loadDevset().filter((x) => only?.(x.id) ?? true)) {
    const derived = new Set(c.pairs.filter((p) => p.derived).map((p) => p.version));
    c.versions.forEach((v, i) => {
      const text = c.texts[i] ?? '';
      const inCluster = c.kind === 'syndicated' && (i === c.base || derived.has(i));
      const truth = inCluster ? `devset:${c.id}` : `devset:${c.id}:${v.id}`;
      const seen = byUrl.get(v.url);
      // a text first seen as a lone control keeps the cluster label a syndicated file gives it
      if (seen && !(inCluster && seen.truth.split(':').length > 2)) return;
      byUrl.set(v.url, {
        text,
        title: v.paragraphs[0] ?? v.outlet,
        outlet: v.outlet,
        published: v.published,
        truth,
        ref: `${c.id}/${v.id}`,
        kind: inCluster ? 'devset-copy' : 'devset-independent',
      });
    });
  }
  return [...byUrl.values()];
}
