import { isMap, isNode, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { ParsedYaml } from '../entries/frontmatter.ts';
import { listParts } from '../schemas/common.ts';
import type { Place } from './finding.ts';

/** One item of a list field as the schema reads it, and where it is written. */
export interface PlacedItem {
  value: string;
  place: Place;
}

/** What sits at one path of the frontmatter: the value's node, and for a map entry its key's. */
interface Located {
  value?: Node;
  key?: Node;
}

/** A path as one string: indexes and keys kept apart, so `[0]` and `['0']` differ. */
const pathKey = (path: readonly PropertyKey[]) =>
  path.map((part) => (typeof part === 'number' ? `#${part}` : `:${String(part)}`)).join('\u0000');

/**
 * Every value and key of a document by its path, in one walk: a lookup is then
 * one map access, however many fields there are (yaml's own getIn reads a map's
 * entries one by one, which for thousands of fields and findings adds up to
 * millions). The first of two equal keys wins, as in getIn.
 */
function indexNodes(parsed: ParsedYaml): Map<string, Located> {
  const index = new Map<string, Located>();
  const root = parsed.document.contents;
  if (!root) return index;
  const stack: Array<{ node: Node; path: string }> = [{ node: root as Node, path: '' }];
  const add = (path: string, located: Located) => {
    if (!index.has(path)) index.set(path, located);
  };
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const child = `${path}${path ? '\u0000' : ''}:${String(pair.key.value)}`;
        const value = isNode(pair.value) ? pair.value : undefined;
        if (index.has(child)) continue;
        add(child, { key: pair.key, value });
        if (value) stack.push({ node: value, path: child });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, position) => {
        if (!isNode(item)) return;
        const child = `${path}${path ? '\u0000' : ''}#${position}`;
        add(child, { value: item });
        stack.push({ node: item, path: child });
      });
    }
  }
  add('', { value: root as Node });
  return index;
}

/**
 * Finds where a frontmatter value sits in its file, so a finding can point at
 * the line and column to change. Built on the same parse as the values.
 */
export class FrontmatterPositions {
  readonly #parsed: ParsedYaml | undefined;
  /** Line in the file where the frontmatter text starts (the line after `---`). */
  readonly #firstLine: number;
  readonly #toFile: (place: Place) => Place;
  #index: Map<string, Located> | undefined;

  /**
   * @param toFile maps a place in the (mended) frontmatter text to the file as the editor wrote it
   */
  constructor(
    parsed: ParsedYaml | undefined,
    firstLine: number,
    toFile: (place: Place) => Place = (place) => place,
  ) {
    this.#parsed = parsed;
    this.#firstLine = firstLine;
    this.#toFile = toFile;
  }

  /** The place of the value at `path`, or of its nearest existing parent; the frontmatter start if none. */
  valueAt(path: readonly PropertyKey[]): Place {
    for (let length = path.length; length > 0; length -= 1) {
      const node = this.#node(path.slice(0, length));
      if (node?.range) return this.#place(node.range[0]);
    }
    return this.#start();
  }

  /** The value at `path` exactly as written in the file, for scalars; undefined otherwise. */
  sourceAt(path: readonly PropertyKey[]): string | undefined {
    const node = this.#node(path);
    return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  }

  /** The value at `path` as it is written, quotation marks and all; undefined when absent. */
  writtenAt(path: readonly PropertyKey[]): string | undefined {
    const range = this.#node(path)?.range;
    return range ? this.#parsed!.text.slice(range[0], range[1]) : undefined;
  }

  /**
   * The place of a key, e.g. a misspelt one: a top-level key, or one inside the
   * map at `within` (a sources item); where that map is when the key is not found.
   */
  keyAt(key: string, within: readonly PropertyKey[] = []): Place {
    const node = this.#located([...within, key])?.key;
    if (node?.range) return this.#place(node.range[0]);
    return within.length > 0 ? this.valueAt(within) : this.#start();
  }

  /**
   * The items of a list field split as the schema splits them (by `split`, which
   * keeps repeats; `inList` when the text is one item of a YAML list), each at the
   * place it is written, inside its text when one text holds several.
   */
  itemsAt(
    path: readonly PropertyKey[],
    split: (value: string, inList: boolean) => string[] = (value, inList) =>
      listParts(inList ? [value] : value),
  ): PlacedItem[] {
    const node = this.#node(path);
    const scalars: Scalar[] = isSeq(node)
      ? node.items.filter(isScalar)
      : isScalar(node)
        ? [node]
        : [];
    return scalars.flatMap((scalar) => {
      if (typeof scalar.value !== 'string' || !scalar.range) return [];
      const [start, end] = scalar.range;
      const written = this.#parsed!.text.slice(start, end);
      let from = 0;
      // Each item is looked for after the one before, so the text is read once; once one is not
      // found as written (escapes in quotes), the rest are placed at the text's start.
      return split(scalar.value, isSeq(node)).map((item) => {
        const offset = from < 0 ? -1 : written.indexOf(item, from);
        from = offset < 0 ? -1 : offset + item.length;
        return { value: item, place: this.#place(start + Math.max(0, offset)) };
      });
    });
  }

  #located(path: readonly PropertyKey[]): Located | undefined {
    if (!this.#parsed) return undefined;
    this.#index ??= indexNodes(this.#parsed);
    return this.#index.get(pathKey(path));
  }

  #node(path: readonly PropertyKey[]): Node | undefined {
    return this.#located(path)?.value;
  }

  #place(offset: number): Place {
    const { line, col } = this.#parsed!.lines.linePos(offset);
    return this.#toFile({ line: line + this.#firstLine - 1, column: col });
  }

  #start(): Place {
    return { line: Math.max(1, this.#firstLine - 1), column: 1 };
  }
}
