import { COLLECTIONS } from '../common/collections.ts';
import { paragraphLabel } from '../common/anchors.ts';
import { isCitedAnchor } from './url-registry.ts';
import { isDraft, listField, titleOf } from './context.ts';
import type { EntryFile } from './entry-files.ts';
import { resolversFor } from './rules/references.ts';
import { entryKey, pageAnchors, type SpeechAnchors } from './speech-outlines.ts';

/** A URL the site will serve, with the file that makes it (none for pages every build has) and what it shows. */
export interface SiteUrl {
  url: string;
  /** The entry file the page comes from, relative to the project root. */
  file?: string;
  /** What a reader sees there, for messages: a title, a paragraph. */
  label: string;
}

/** Pages every build has, whatever the content. */
const FIXED_PAGES = [
  '/',
  '/search/',
  '/pack/',
  '/compare/',
  '/contribute/',
  '/matrix/',
  ...COLLECTIONS.map((collection) => `/${collection}/`),
];

/**
 * The permanent URLs the build will make from this content, read from the source
 * without building: the same set as `BuiltSite.permanentUrls()` reads from a build
 * (a build test holds the two equal). Permanent are the fixed pages, every published
 * entry, the old URLs its `aliases` keep, every concept × model-site crossing that
 * has a case, and the paragraph and part anchors of every numbered entry (speeches, cases).
 * @param anchors numbered entries as their pages number them, by `collection/id` (computed here when not given)
 * @returns the URLs, and `served`: every URL that still leads somewhere, anchors through alias redirects included
 */
export function siteUrlsOf(
  entries: EntryFile[],
  anchors: ReadonlyMap<string, SpeechAnchors> = pageAnchors(entries),
): {
  permanent: Map<string, SiteUrl>;
  served: Set<string>;
} {
  const permanent = new Map<string, SiteUrl>(FIXED_PAGES.map((url) => [url, { url, label: url }]));
  const served = new Set<string>(FIXED_PAGES);
  const published = entries.filter((entry) => !isDraft(entry));
  for (const entry of published) {
    const page = `/${entry.collection}/${entry.id}/`;
    const label = `《${titleOf(entry) ?? entry.id}》`;
    permanent.set(page, { url: page, file: entry.file, label });
    const speech = anchors.get(entryKey(entry.collection, entry.id));
    // A retired number is served: its links open the paragraph it now leads to.
    const cited = speech
      ? [...speech.paragraphs.keys(), ...speech.aliases.keys(), ...speech.headings.keys()].filter(
          isCitedAnchor,
        )
      : [];
    for (const anchor of cited) {
      const heading = speech!.headings.get(anchor);
      permanent.set(`${page}#${anchor}`, {
        url: `${page}#${anchor}`,
        file: entry.file,
        label: `${label}${heading ?? `第 ${paragraphLabel(anchor)} 段`}`,
      });
    }
    for (const alias of listField(entry, 'aliases')) {
      const old = `/${entry.collection}/${alias}/`;
      permanent.set(old, { url: old, file: entry.file, label: `${label}的旧网址` });
      for (const url of [old, ...cited.map((anchor) => `${old}#${anchor}`)]) served.add(url);
    }
  }
  const resolvers = resolversFor(entries);
  const titles = new Map(
    published.map((entry) => [`${entry.collection}/${entry.id}`, titleOf(entry) ?? entry.id]),
  );
  for (const entry of published.filter((item) => item.collection === 'cases')) {
    const concepts = listField(entry, 'concepts')
      .map((value) => resolvers.concepts.resolve(value))
      .filter(Boolean);
    const sites = listField(entry, 'sites')
      .map((value) => resolvers.sites.resolve(value))
      .filter(Boolean);
    for (const concept of concepts) {
      for (const site of sites) {
        const url = `/matrix/${concept}/${site}/`;
        if (!permanent.has(url))
          permanent.set(url, {
            url,
            file: entry.file,
            label: `理念与示范点对照表的“${titles.get(`concepts/${concept}`)} × ${titles.get(`sites/${site}`)}”一格`,
          });
      }
    }
  }
  for (const url of permanent.keys()) served.add(url);
  return { permanent, served };
}
