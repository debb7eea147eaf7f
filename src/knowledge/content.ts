import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildKnowledgeBase, type KnowledgeBase } from './knowledge-base.ts';
import { readOutline, readQuotes } from '../entries/outline.ts';
import { gitLastUpdated } from './last-updated.ts';
import type { AnyItem } from './items.ts';

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
  // What the loader stored beside each published entry's HTML: its outline (numbered paragraphs) and quotations.
  const stored = <T>(
    entries: CollectionEntry<'speeches' | 'cases'>[],
    read: (metadata: Record<string, unknown> | undefined) => T,
  ) =>
    new Map(
      entries
        .filter((entry) => includeDrafts || !entry.data.draft)
        .map((entry) => [entry.id, read(entry.rendered?.metadata)] as const),
    );
  const speechOutlines = stored(speeches, readOutline);
  const caseOutlines = stored(cases, readOutline);
  const caseQuotes = stored(cases, readQuotes);
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
    caseOutlines,
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
