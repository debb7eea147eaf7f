import type { SpeechData } from '../schemas/speech.ts';
import type { CaseData } from '../schemas/case.ts';
import type { ConceptData } from '../schemas/concept.ts';
import type { SiteData } from '../schemas/site.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { z } from 'astro/zod';
import type { CollectionName } from '../common/collections.ts';
import type { SCHEMAS } from '../schemas/index.ts';
import type { OutlineParagraph } from '../entries/outline.ts';

/** An entry as a loader delivers it: enough to resolve, link and render it. */
export interface RawEntry<D> {
  id: string;
  /** Source file, relative to the project root. */
  filePath?: string;
  data: D;
  /** The digest the loader stored the entry with: it changes whenever the entry's page may (Astro's DataEntry.digest). */
  digest?: string | number;
}

/** Fields every item of the knowledge base has. */
interface ItemBase<C extends CollectionName, D> {
  collection: C;
  id: string;
  /** The page URL. */
  url: string;
  /** Source file, relative to the project root, for messages and edit links. */
  file: string;
  data: D;
  /** The loader's entry, kept for `render()`. */
  entry: RawEntry<D>;
  /** When it last changed, YYYY-MM-DD: its last commit, else `updated` in its frontmatter. */
  updated: string | undefined;
}

export type ConceptItem = ItemBase<'concepts', ConceptData>;
export type SiteItem = ItemBase<'sites', SiteData>;
export type GlossaryItem = ItemBase<'glossary', GlossaryData>;

/** A speech with its references resolved and its paragraphs indexed. */
export interface SpeechItem extends ItemBase<'speeches', SpeechData> {
  concepts: ConceptItem[];
  sites: SiteItem[];
  /** Numbered paragraphs by anchor, in text order, from the rendered text. */
  paragraphs: Map<string, OutlineParagraph>;
  /** Heading anchors (`part-N`, `part-N-M`) with their text. */
  headings: Map<string, string>;
  /** Retired paragraph numbers, each with the paragraph its links now open. */
  aliases: Map<string, string>;
}

/** Paragraphs of one speech that a case cites. */
export interface Citation {
  speech: SpeechItem;
  /** The paragraphs that speak of the practice (require it or report it), quoted ones included. */
  paragraphs: OutlineParagraph[];
  /** 背景段落: paragraphs that give the case context only, none of them also in `paragraphs`. */
  background: OutlineParagraph[];
}

/** A case with its references resolved. */
export interface CaseItem extends ItemBase<'cases', CaseData> {
  concepts: ConceptItem[];
  sites: SiteItem[];
  /** Numbered paragraphs by anchor, in text order, from the rendered text. */
  paragraphs: Map<string, OutlineParagraph>;
  citations: Citation[];
}

/** An entry's frontmatter as its collection's schema gives it. */
export type DataOf<C extends CollectionName> = z.output<(typeof SCHEMAS)[C]>;

/**
 * A document of a collection with no item type of its own here (a row added to the
 * collections table): tagged with what its row names, numbered when its row says so.
 */
export interface DocumentItem<C extends CollectionName = CollectionName> extends ItemBase<
  C,
  DataOf<C>
> {
  concepts: ConceptItem[];
  sites: SiteItem[];
  /** Numbered paragraphs by anchor, in text order, from the rendered text. */
  paragraphs: Map<string, OutlineParagraph>;
  /** Heading anchors (`part-N`, `part-N-M`) with their text. */
  headings: Map<string, string>;
  /** Retired paragraph numbers, each with the paragraph its links now open. */
  aliases: Map<string, string>;
}

/** The collections whose items have a type of their own, by name. */
interface TypedItems {
  speeches: SpeechItem;
  cases: CaseItem;
  concepts: ConceptItem;
  sites: SiteItem;
  glossary: GlossaryItem;
}

/** A collection whose items have a type of their own. */
export type TypedCollection = keyof TypedItems & CollectionName;

/** The collections whose items have a type of their own; every other row's items are documents. */
export const TYPED_COLLECTIONS: ReadonlySet<CollectionName> = new Set<TypedCollection>([
  'speeches',
  'cases',
  'concepts',
  'sites',
  'glossary',
]);

/** The item type of a collection: its own, or a document's. */
export type ItemOf<C extends CollectionName> = C extends TypedCollection
  ? TypedItems[C]
  : DocumentItem<C>;

export type AnyItem = ItemOf<CollectionName>;

/** An item of a document collection, as code shared by every such collection reads it. */
export type TaggedItem = AnyItem & { concepts: ConceptItem[]; sites: SiteItem[] };
