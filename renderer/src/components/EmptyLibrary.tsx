/** The main area of an empty library. */
export function EmptyLibrary({ onImport }: { onImport: () => void }) {
  return (
    <div className="empty-library">
      <h1>Your library is empty</h1>
      <p>
        Import two or more versions of a news story (files or pasted text) and Retold will keep them
        together so you can read and compare them.
      </p>
      <button type="button" className="button primary" onClick={onImport}>
        Import articles
      </button>
    </div>
  );
}
