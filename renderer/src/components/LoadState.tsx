interface LoadStateProps {
  loading: boolean;
  error: string | null;
  what: string;
}

/** The main area while something loads, or when it could not be loaded. */
export function LoadState({ loading, error, what }: LoadStateProps) {
  if (error) {
    return (
      <div className="load-state" role="alert">
        <p>{error}</p>
      </div>
    );
  }
  return (
    <div className="load-state" role="status" aria-busy={loading}>
      <div className="skeleton wide" />
      <div className="skeleton" />
      <div className="skeleton" />
      <span className="visually-hidden">Loading {what}…</span>
    </div>
  );
}
