import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildKnowledgeBase, type KnowledgeBase } from './knowledge-base.ts';
import { readOutline, readQuotes } from './outline.ts';
import { gitLastUpdated } from './last-updated.ts';
import type { AnyItem } from './model.ts';

let cached: Promise<KnowledgeBase> | undefined;

/**
 * The knowledge base, loaded once per build. This is the only module that calls
 * `getCollection`; drafts are shown under `astro dev` and left out of builds here.
 */
export function getKnowledgeBase(): Promise<KnowledgeBase> {
  // Under `astro dev` content changes while the server runs, so every request reloads.
  if (showDrafts()) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<KnowledgeBase> {
  const [speeches, cases, concepts, sites, glossary] = await Promise.all([
    getCollection('speeches'),
    getCollection('cases'),
    getCollection('concepts'),
    getCollection('sites'),
    getCollection('glossary'),
  ]);
  const includeDrafts = showDrafts();
  const speechOutlines = new Map(
    await Promise.all(
      speeches
        .filter((speech) => includeDrafts || !speech.data.draft)
        .map(
          async (speech) =>
            [speech.id, readOutline((await render(speech)).remarkPluginFrontmatter)] as const,
        ),
    ),
  );
  const caseQuotes = new Map(
    await Promise.all(
      cases.map(
        async (item) =>
          [item.id, readQuotes((await render(item)).remarkPluginFrontmatter)] as const,
      ),
    ),
  );
  const lastUpdated = gitLastUpdated(import.meta.env.KB_ROOT);
  // Under `astro dev` a broken reference is dropped, not fatal: the content check's panel on every page names it.
  const tolerateBrokenReferences = showDrafts();
  return buildKnowledgeBase({
    speeches,
    cases,
    concepts,
    sites,
    glossary,
    includeDrafts,
    speechOutlines,
    caseQuotes,
    lastUpdated,
    tolerateBrokenReferences,
  });
}

/** True under `astro dev` only (see the build-env integration). */
const showDrafts = () => import.meta.env.KB_SHOW_DRAFTS === true;

/** Renders an item's MDX body; the one place entries are rendered. */
export function renderItem(item: AnyItem) {
  return render(item.entry as CollectionEntry<typeof item.collection>);
}
