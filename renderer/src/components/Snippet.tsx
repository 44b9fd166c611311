import { snippetParts } from '../lib/text';

/** A search snippet with its matches in <mark>, built as React nodes (never as HTML). */
export function Snippet({ text }: { text: string }) {
  return (
    <span className="snippet">
      {snippetParts(text).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </span>
  );
}
