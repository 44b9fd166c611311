// The grouping corpus (issue 12, item 3, "Accuracy"): the development set's real syndicated
// clusters and independent same-event reports (devset-truth.ts), plus generated articles
// (generate.ts): syndicated clusters with trimmed, re-edited and lightly spun copies,
// independent reports of one event that share its names, figures and quoted statement,
// same-topic articles and unrelated ones. Each article carries its truth label: articles with
// the same label are one story.

/** One article of the corpus. */
export interface CorpusArticle {
  text: string;
  title: string;
  outlet: string;
  published: string | null;
  /** Truth: articles with the same label are versions of one story. */
  truth: string;
  /** Where a development-set article comes from: its cluster file and version id. */
  ref?: string;
  /** What the article is, for the breakdown of misses. */
  kind:
    | 'devset-copy'
    | 'devset-independent'
    | 'original'
    | 'copy'
    | 'same-event'
    | 'same-topic'
    | 'unrelated';
}
