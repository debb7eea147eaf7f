import { typography } from '../common/typography.ts';
import { listItems } from '../schemas/common.ts';
import type { EntryFile } from './entry-files.ts';

/** What every rule is given: the project root and every entry file, parsed. */
export interface CheckContext {
  root: string;
  entries: EntryFile[];
  /** Entry files the change leaves as the target branch has them (empty when there is no target to compare with). */
  unchanged?: ReadonlySet<string>;
}

/** Reads a frontmatter value as a list of strings, split as the schema splits it. */
export function listField(entry: EntryFile, field: string): string[] {
  const value = entry.data?.[field];
  if (typeof value === 'string') return listItems(value);
  return Array.isArray(value) ? listItems(value.map(String)) : [];
}

/** Whether the entry is a draft, left out of the built site. */
export const isDraft = (entry: EntryFile) => entry.data?.draft === true;

/** The entry's title as the site shows it (typography corrected, as the schema does), when it has one. */
export const titleOf = (entry: EntryFile) =>
  typeof entry.data?.title === 'string' ? typography(entry.data.title.trim()) : undefined;

/** Every text value of an entry's frontmatter, nested ones included, with its path. */
export function textValues(
  value: unknown,
  path: PropertyKey[] = [],
): Array<{ path: PropertyKey[]; value: string }> {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => textValues(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => textValues(item, [...path, key]));
  return [];
}
