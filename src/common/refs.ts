// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
import { labelOf } from './collections.ts';

/** An entry that other entries may point at by id or by Chinese title. */
export interface RefTarget {
  id: string;
  title: string;
  /** Drafts exist in the source but not in the production site. */
  draft?: boolean;
}

/** One reference that points at nothing the site publishes. */
export interface BrokenRef {
  /** File that holds the reference, relative to the project root. */
  file: string;
  /** Frontmatter field, e.g. `concepts`. */
  field: string;
  /** The value as the editor wrote it. */
  value: string;
  /** Why it failed and what would fix it, in Chinese. */
  message: string;
}

/** Looks values up by id or title; built once per collection. */
export interface RefResolver {
  /** The id a value names, or `undefined`. */
  resolve(value: string): string | undefined;
  /** A Chinese explanation of why `value` names nothing, with the valid choices. */
  explain(value: string): string;
}

/** The collections that entries refer to by id or Chinese title. */
export type ReferencedCollection = 'concepts' | 'sites' | 'speeches';

/**
 * The resolvers of every referenced collection: the one way a reference is
 * resolved, by the content check, the knowledge base and <SpeechQuote> alike.
 */
export function referenceResolvers(
  targets: Readonly<Record<ReferencedCollection, readonly RefTarget[]>>,
): Record<ReferencedCollection, RefResolver> {
  return {
    concepts: createResolver(labelOf('concepts'), targets.concepts),
    sites: createResolver(labelOf('sites'), targets.sites),
    speeches: createResolver(labelOf('speeches'), targets.speeches),
  };
}

/**
 * Builds a resolver over the published targets, knowing the drafts too so it can
 * say "that one is still a draft" instead of "no such entry".
 * @param noun the Chinese name of the target collection, e.g. 示范点
 */
export function createResolver(noun: string, targets: readonly RefTarget[]): RefResolver {
  const published = targets.filter((target) => !target.draft);
  const byKey = new Map<string, string>();
  for (const target of published) {
    byKey.set(target.id, target.id);
    byKey.set(normalise(target.title), target.id);
  }
  return {
    resolve: (value) => byKey.get(value) ?? byKey.get(normalise(value)),
    explain(value) {
      const draft = targets.find(
        (target) => target.draft && (target.id === value || target.title === value),
      );
      if (draft)
        return `“${value}”是草稿（draft: true），正式网站中没有这个${noun}。请先发布它，或删去这一项。`;
      const near = nearest(value, published);
      const hint = near ? `是否想写“${near.title}”？` : '';
      return `找不到名为“${value}”的${noun}。${hint}可写中文名称或文件名，${choicesFor(value, published)}。`;
    },
  };
}

/** How many valid choices a message lists before it only says how many there are. */
const MAX_CHOICES = 12;

/** The valid choices, all of them when there are few, else the closest few and the count. */
function choicesFor(value: string, targets: readonly RefTarget[]): string {
  if (targets.length === 0) return '目前还没有可选的条目';
  const label = (target: RefTarget) => `${target.title}（${target.id}）`;
  if (targets.length <= MAX_CHOICES) return `可选：${targets.map(label).join('、')}`;
  const closest = [...targets]
    .sort(
      (a, b) =>
        Math.min(editDistance(value, a.title), editDistance(value, a.id)) -
        Math.min(editDistance(value, b.title), editDistance(value, b.id)),
    )
    .slice(0, MAX_CHOICES);
  return `共有 ${targets.length} 个可选，最接近的是：${closest.map(label).join('、')}`;
}

/** Titles compare without spaces or quotation marks, which editors type inconsistently. */
function normalise(text: string): string {
  return text.replace(/[\s“”"「」『』‘’']/g, '');
}

/** The target whose title or id is closest to `value`, if any is reasonably close. */
function nearest(value: string, targets: readonly RefTarget[]): RefTarget | undefined {
  let best: { target: RefTarget; distance: number } | undefined;
  for (const target of targets) {
    const distance = Math.min(editDistance(value, target.title), editDistance(value, target.id));
    if (!best || distance < best.distance) best = { target, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(value.length / 3))
    ? best.target
    : undefined;
}

/** Levenshtein distance over Unicode code points. */
export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = right.map((_, index) => index + 1);
  previous.unshift(0);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[right.length]!;
}

/** Formats broken references as one build error, every one of them at once. */
export function formatBrokenRefs(broken: readonly BrokenRef[]): string {
  const lines = broken.map(
    (ref) => `- ${ref.file}：字段 ${ref.field} 的值“${ref.value}”有误。${ref.message}`,
  );
  return [`内容引用有 ${broken.length} 处错误，网站未生成：`, ...lines].join('\n');
}

/** The known key closest to a misspelt one (`concept` → `concepts`), if any is close. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate);
    if (!best || distance < best.distance) best = { key: candidate, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(key.length / 3)) ? best.key : undefined;
}
