import yaml from 'js-yaml';

/**
 * The block an entry file starts with: a line `---`, YAML, a line `---`. An empty
 * block (`---` twice) is allowed; the closing `---` must start its own line, so a
 * value ending in `---` does not close it.
 */
const FRONTMATTER = /^---\r?\n(?:---|([\s\S]*?)\r?\n---)[ \t]*(?:\r?\n|$)/;

/** An entry file split into its frontmatter YAML and its MDX body. */
export interface EntrySource {
  yaml: string;
  body: string;
}

/** Splits an entry file's text; undefined when it does not start with a frontmatter block. */
export function splitFrontmatter(source: string): EntrySource | undefined {
  const match = FRONTMATTER.exec(source);
  return match ? { yaml: match[1] ?? '', body: source.slice(match[0].length) } : undefined;
}

/**
 * An entry's fields and body, for readers that run after the content check has
 * passed the file (the loader, the speeches read for quotations): a file without
 * a frontmatter block is all body.
 */
export function readEntrySource(source: string): { data: Record<string, unknown>; body: string } {
  const { yaml: frontmatter, body } = splitFrontmatter(source) ?? { yaml: '', body: source };
  return { data: (yaml.load(frontmatter) ?? {}) as Record<string, unknown>, body };
}
