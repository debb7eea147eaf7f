// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
// What the build hands the 投稿 page (routing/contribute.ts writes it, client/contribute/ reads it).
import type { CollectionName } from '../collections.ts';
import type { Repository } from '../forge-links.ts';

/** What the 投稿 page's script is given: where entries go, and the names a draft may choose from. */
export interface ContributeData {
  /** The repository the forge button opens; absent when the site is built without one (download and copy only). */
  repository?: Repository;
  /** Each offered collection's Chinese label and folder. */
  collections: Array<{ name: CollectionName; label: string; folder: string }>;
  /** The published speeches, each with the address of its numbered text (fetched when a draft cites or quotes it). */
  speeches: Array<{ id: string; title: string; text: string }>;
  /** Titles of every entry already published, by collection, so the page can say when a title is taken. */
  titles: Partial<Record<CollectionName, string[]>>;
}

/** A speech's numbered text as the 投稿 page reads it: to tick cited paragraphs and check quotations. */
export interface SpeechText {
  id: string;
  title: string;
  paragraphs: Array<{
    id: string;
    text: string;
    locator: string;
    part?: { id: string; text: string };
    section?: { id: string; text: string };
  }>;
  headings: Array<[string, string]>;
}
