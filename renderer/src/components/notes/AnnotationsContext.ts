// The story's annotations (useAnnotations.ts) for the compare views, without threading them
// through every component between the story page and a source panel item.
import { createContext, useContext } from 'react';
import type { Annotations } from './useAnnotations';

/** Null outside a story's compare section: the panels then show no note or correction tools. */
export const AnnotationsContext = createContext<Annotations | null>(null);

/** The story's annotations, or null. */
export function useAnnotationsContext(): Annotations | null {
  return useContext(AnnotationsContext);
}
