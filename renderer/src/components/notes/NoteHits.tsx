// Notes found by the library search (a story's own notes, notes on findings), under the versions found: the note with the
// matches marked, the words it is on, and its story. A click opens the story, whose notes
// panel lists it.
import type { NoteHit } from '../../lib/types';
import { Snippet } from '../Snippet';

interface NoteHitsProps {
  notes: NoteHit[];
  onOpen: (storyId: number) => void;
}

/** Matching notes, or nothing. */
export function NoteHits({ notes, onOpen }: NoteHitsProps) {
  if (notes.length === 0) return null;
  return (
    <>
      <h3 className="hit-heading">Your notes</h3>
      <ul className="hit-list note-hits">
        {notes.map((n) => (
          <li key={n.noteId ?? `story-${n.storyId}`}>
            <button type="button" className="hit note-hit" onClick={() => onOpen(n.storyId)}>
              <span className="hit-version">
                {n.kind === 'story' ? (
                  <strong>Story notes</strong>
                ) : (
                  <>
                    <strong>Note on {n.kind}</strong> — “{n.anchorText}”
                  </>
                )}
              </span>
              <Snippet text={n.snippet} />
              <span className="hit-story">In “{n.storyTitle}”</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
