import { LineCounter, parseDocument, type Document } from 'yaml';

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

/**
 * The text of an entry file as every reader takes it: Windows Notepad saves UTF-8
 * with a byte-order mark, which would otherwise hide the opening `---`.
 */
export const withoutBom = (source: string) => source.replace(/^\uFEFF/, '');

/** Splits an entry file's text; undefined when it does not start with a frontmatter block. */
export function splitFrontmatter(source: string): EntrySource | undefined {
  const text = withoutBom(source);
  const match = FRONTMATTER.exec(text);
  return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : undefined;
}

/** Frontmatter YAML parsed once: the values, the document (for positions and errors) and its line index. */
export interface ParsedYaml {
  /** The YAML text itself. */
  text: string;
  document: Document.Parsed;
  lines: LineCounter;
}

/**
 * Parses frontmatter the one way the check, the loader and the glossary reader do:
 * YAML 1.2 core schema (a date stays the text the editor wrote), keys unique.
 */
export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const document = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
  });
  return { text, document, lines };
}

/** The plain values of parsed frontmatter; an empty block is no fields. */
export function yamlValues(parsed: ParsedYaml): unknown {
  return parsed.document.toJS({ maxAliasCount: 0 }) ?? {};
}

/**
 * An entry's fields and body, for readers that run after the content check has
 * passed the file (the loader, the speeches read for quotations): a file without
 * a frontmatter block is all body.
 */
export function readEntrySource(source: string): { data: Record<string, unknown>; body: string } {
  const { yaml, body } = splitFrontmatter(source) ?? { yaml: '', body: withoutBom(source) };
  const parsed = parseYaml(yaml);
  if (parsed.document.errors.length > 0) throw new Error(parsed.document.errors[0]!.message);
  return { data: yamlValues(parsed) as Record<string, unknown>, body };
}
