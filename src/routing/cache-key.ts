import { createHash } from 'node:crypto';
import type { AnyItem } from '../knowledge/items.ts';
import { siteConfig } from '../site/config.ts';

const isItem = (value: object): value is AnyItem =>
  'collection' in value && 'entry' in value && 'data' in value && 'url' in value;

/** An item as a page sees it: its stored digest (its file and everything its HTML depends on) and its date of last change. */
function itemKey(item: AnyItem): string {
  const digest = item.entry.digest ?? JSON.stringify(item.data);
  return `${item.collection}/${item.id}@${digest}|${item.updated ?? ''}`;
}

/**
 * A key for Astro's incremental build: the same key means the same page, so the
 * page is copied from the last build instead of rendered. It covers everything
 * a page shows, which is why routes pass pages all they show in their props:
 * plain values as they are, entries by their digest, with the entries they name
 * (a case's concepts, model sites and cited speeches), and the site settings.
 * Nothing in it changes by itself from one day to the next: a page that shows
 * nothing new keeps its key, and its last build's HTML.
 */
export function cacheKeyOf(props: unknown): string {
  const hash = createHash('sha256');
  // Read from the environment (REPOSITORY_URL: whether and where 编辑此页 leads), so not part of any code Astro hashes.
  hash.update(JSON.stringify(siteConfig));
  const seen = new Set<object>();
  const add = (value: unknown): void => {
    if (value === null || typeof value !== 'object') {
      hash.update(`${typeof value}:${String(value)};`);
      return;
    }
    if (isItem(value)) {
      hash.update(itemKey(value));
      for (const related of [
        ...('concepts' in value ? value.concepts : []),
        ...('sites' in value ? value.sites : []),
      ])
        hash.update(itemKey(related));
      if ('citations' in value)
        for (const citation of value.citations) hash.update(itemKey(citation.speech));
      return;
    }
    if (seen.has(value)) return;
    seen.add(value);
    if (value instanceof Map) {
      hash.update('{');
      for (const [key, entry] of value) {
        add(key);
        add(entry);
      }
      hash.update('}');
    } else if (Array.isArray(value)) {
      hash.update('[');
      value.forEach(add);
      hash.update(']');
    } else {
      hash.update('{');
      for (const key of Object.keys(value).sort()) {
        hash.update(`${key}:`);
        add((value as Record<string, unknown>)[key]);
      }
      hash.update('}');
    }
  };
  add(props);
  return hash.digest('base64url');
}
