import {
  isMap,
  isNode,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  YAMLParseError,
  type Document,
} from 'yaml';

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
  // yaml's own check for repeated keys compares each key with every key before it;
  // this one remembers the keys seen, so a block of thousands of fields is read in one pass.
  const document = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: false,
    prettyErrors: false,
  });
  const repeated = repeatedKeys(document);
  if (repeated.length > 0) {
    document.errors.push(...repeated);
    document.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  }
  return { text, document, lines };
}

/** Each key written again in the same map, as the error yaml itself gives for one. */
function repeatedKeys(document: Document.Parsed): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  visit(document, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        if (seen.has(key.value) && key.range)
          errors.push(
            new YAMLParseError(
              [key.range[0], key.range[0] + 1],
              'DUPLICATE_KEY',
              'Map keys must be unique',
            ),
          );
        seen.add(key.value);
      }
    },
  });
  return errors;
}

/**
 * The plain values of parsed frontmatter; an empty block is no fields. Throws on a
 * key that is a list or a map (`? [a]: b`): no field has one, and yaml would turn
 * each into text, which takes time doubling with every level of nesting.
 */
export function yamlValues(parsed: ParsedYaml): unknown {
  let collectionKey = false;
  visit(parsed.document, {
    Pair(_key, pair) {
      if (isNode(pair.key) && !isScalar(pair.key)) {
        collectionKey = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (collectionKey) throw new Error('字段名只能是一段文字，不能是列表或一组字段。');
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
