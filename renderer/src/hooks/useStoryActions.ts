import { useCallback } from 'react';
import { ApiError, call } from '../api/client';
import type { VersionSummary } from '../lib/types';

type Meta = Pick<VersionSummary, 'outlet' | 'title' | 'byline' | 'url' | 'published'>;

/**
 * The management calls of the story page. Each refreshes the library on success; on failure
 * the backend's message goes to the alert region and the promise rejects, so the dialog
 * that started it stays open.
 */
export function useStoryActions(refresh: () => void, onError: (message: string) => void) {
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T> => {
      try {
        const out = await work();
        refresh();
        return out;
      } catch (err) {
        onError(err instanceof ApiError ? err.message : 'That did not work; nothing was changed.');
        throw err;
      }
    },
    [refresh, onError],
  );

  return {
    renameStory: (id: number, title: string) => run(() => call('stories.rename', { id, title })),
    deleteStory: (id: number) => run(() => call('stories.delete', { id })),
    updateVersion: (id: number, meta: Meta) => run(() => call('versions.update', { id, meta })),
    moveVersion: (id: number, storyId: number) => run(() => call('versions.move', { id, storyId })),
    deleteVersion: (id: number) => run(() => call('versions.delete', { id })),
    setBase: (storyId: number, baseVersionId: number | null) =>
      run(() => call('stories.update', { id: storyId, baseVersionId })).catch(() => undefined),
  };
}
