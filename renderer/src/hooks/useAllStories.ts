import { call } from '../api/client';
import type { StorySummary } from '../lib/types';
import { useLoad } from './useLoad';

const fetchAll = (): Promise<StorySummary[]> => call('stories.list', {}).then((o) => o.stories);

/**
 * Every story, most recently updated first, for pickers (import into, move to). The sidebar no
 * longer holds the whole library (it is paged: hooks/useStoryPages.ts), so a picker asks for it
 * only while it is open.
 */
export function useAllStories(open: boolean, revision: number): StorySummary[] | null {
  return useLoad(open ? 'all' : null, revision, fetchAll).data;
}
