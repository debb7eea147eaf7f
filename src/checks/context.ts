import type { EntryFile } from './entry-files.ts';

/** What every rule is given: the project root and every entry file, parsed. */
export interface CheckContext {
  root: string;
  entries: EntryFile[];
}

/** Reads a frontmatter value as a list of strings, however the editor wrote it. */
export function listField(entry: EntryFile, field: string): string[] {
  const value = entry.data?.[field];
  if (typeof value === 'string') return [value.trim()];
  return Array.isArray(value) ? value.map((item) => String(item).trim()) : [];
}

/** Whether the entry is a draft, left out of the built site. */
export const isDraft = (entry: EntryFile) => entry.data?.draft === true;

/** The entry's title, when it has one. */
export const titleOf = (entry: EntryFile) => (typeof entry.data?.title === 'string' ? entry.data.title.trim() : undefined);
