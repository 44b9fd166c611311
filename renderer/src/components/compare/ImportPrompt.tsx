interface ImportPromptProps {
  /** How many versions the story has (0 or 1: too few to compare). */
  versions: number;
  onImport?: () => void;
}

/**
 * What a story with fewer than two versions shows instead of the comparison's tabs: disabled
 * tabs said only "not here", where the next step is to import another version.
 */
export function ImportPrompt({ versions, onImport }: ImportPromptProps) {
  return (
    <div className="import-prompt" data-testid="import-prompt">
      <div>
        <p className="import-prompt-lead">
          {versions === 0 ? 'Import articles to compare.' : 'Import another version to compare.'}
        </p>
        <p className="muted small">
          {versions === 0
            ? 'This story has no versions yet. Import two or more versions of the article and Retold shows what changed between them.'
            : 'This story has one version. Retold compares versions of a story: import another outlet’s copy of the same article to see what it kept, reworded or dropped.'}
        </p>
      </div>
      {onImport ? (
        <button type="button" className="button primary" onClick={onImport}>
          {versions === 0 ? 'Import articles…' : 'Import another version…'}
        </button>
      ) : null}
    </div>
  );
}
