interface FullPageErrorProps {
  message: string;
  onRetry: () => void;
}

/** Shown when the library could not be listed at all: nothing else would work. */
export function FullPageError({ message, onRetry }: FullPageErrorProps) {
  return (
    <main className="full-page-error" role="alert">
      <div>
        <h1>Retold cannot open its library</h1>
        <p>{message}</p>
        <p className="muted">
          If you started Retold with <code>retold serve</code>, check that it is still running and
          open the full address it printed (it includes this session’s key), then try again.
        </p>
        <button type="button" className="button primary" onClick={onRetry}>
          Try again
        </button>
      </div>
    </main>
  );
}
