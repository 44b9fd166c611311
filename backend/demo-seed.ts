import type { Library } from '../db';
import { countWords } from '../engine';
import { demoStory } from './demo/demo-story';

/** Setting recorded once the demo was offered, so deleting it is respected on the next start. */
const DEMO_SETTING = 'demo_offered';

/**
 * On the first start with an empty library, adds the demo story (our own invented story, see
 * backend/demo/) in one transaction. Once offered it is never re-added: a person who deletes
 * it does not see it come back.
 */
export function seedDemoIfNew(lib: Library): boolean {
  if (lib.getSetting(DEMO_SETTING) !== null) return false;
  return lib.transaction(() => {
    lib.setSetting(DEMO_SETTING, new Date().toISOString());
    if (lib.countStories() > 0) return false;
    const story = lib.createStory(demoStory.title, demoStory.notes);
    for (const v of demoStory.versions) {
      lib.insertVersion({
        storyId: story.id,
        meta: {
          outlet: v.outlet,
          title: v.title,
          byline: v.byline,
          published: v.published,
          url: v.url,
        },
        sourceKind: 'demo',
        sourceName: 'Retold demo library',
        rawBytes: new TextEncoder().encode(v.text),
        encoding: 'utf-8',
        format: 'text',
        text: v.text,
        wordCount: countWords(v.text),
      });
    }
    return true;
  });
}
