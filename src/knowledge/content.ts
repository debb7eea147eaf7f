import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildKnowledgeBase, type KnowledgeBase } from './knowledge-base.ts';
import { readOutline, readQuotes } from '../entries/outline.ts';
import { gitLastUpdated } from './last-updated.ts';
import { TYPED_COLLECTIONS, type AnyItem } from './items.ts';
import { COLLECTIONS, type CollectionName } from '../common/collections.ts';

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
  const loaded = new Map(
    await Promise.all(
      COLLECTIONS.map(async (collection) => [collection, await getCollection(collection)] as const),
    ),
  );
  const entriesOf = <C extends CollectionName>(collection: C) =>
    loaded.get(collection) as CollectionEntry<C>[];
  const includeDrafts = showDrafts();
  const published = (entries: CollectionEntry<CollectionName>[]) =>
    entries.filter((entry) => includeDrafts || !entry.data.draft);
  // What the loader stored beside each published entry's HTML: its outline (numbered paragraphs) and quotations.
  const stored = <T>(
    entries: CollectionEntry<CollectionName>[],
    read: (metadata: Record<string, unknown> | undefined) => T,
    key: (entry: CollectionEntry<CollectionName>) => string = (entry) => entry.id,
  ) =>
    new Map(
      published(entries).map((entry) => [key(entry), read(entry.rendered?.metadata)] as const),
    );
  const others = COLLECTIONS.filter((collection) => !TYPED_COLLECTIONS.has(collection));
  const documents = Object.fromEntries(
    others.map((collection) => [collection, entriesOf(collection)]),
  );
  const documentOutlines = stored(
    others.flatMap((collection) => entriesOf(collection)),
    readOutline,
    (entry) => `${entry.collection}/${entry.id}`,
  );
  const lastUpdated = gitLastUpdated(import.meta.env.KB_ROOT);
  // Under `astro dev` a broken reference is dropped, not fatal: the content check's panel on every page names it.
  const tolerateBrokenReferences = showDrafts();
  return buildKnowledgeBase({
    speeches: entriesOf('speeches'),
    cases: entriesOf('cases'),
    concepts: entriesOf('concepts'),
    sites: entriesOf('sites'),
    glossary: entriesOf('glossary'),
    documents,
    includeDrafts,
    speechOutlines: stored(entriesOf('speeches'), readOutline),
    caseOutlines: stored(entriesOf('cases'), readOutline),
    caseQuotes: stored(entriesOf('cases'), readQuotes),
    documentOutlines,
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
