import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { ParsedYaml } from '../lib/frontmatter.ts';
import { listItems } from '../schemas/common.ts';
import type { Place } from './finding.ts';

/** One item of a list field as the schema reads it, and where it is written. */
export interface PlacedItem {
  value: string;
  place: Place;
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

  /** The place of a top-level key, e.g. a misspelt one. */
  keyAt(key: string): Place {
    const contents = this.#parsed?.document.contents;
    if (isMap(contents)) {
      for (const pair of contents.items) {
        if (isScalar(pair.key) && pair.key.value === key && pair.key.range)
          return this.#place(pair.key.range[0]);
      }
    }
    return this.#start();
  }

  /**
   * The items of a list field split as the schema splits them (see listItems),
   * each at the place it is written, inside its text when one text holds several.
   */
  itemsAt(path: readonly PropertyKey[]): PlacedItem[] {
    const node = this.#node(path);
    const scalars: Scalar[] = isSeq(node)
      ? node.items.filter(isScalar)
      : isScalar(node)
        ? [node]
        : [];
    return scalars.flatMap((scalar) => {
      if (typeof scalar.value !== 'string' || !scalar.range) return [];
      const start = this.#parsed!.lines.linePos(scalar.range[0]);
      const written = typeof scalar.source === 'string' ? scalar.source : scalar.value;
      const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE' ? 1 : 0;
      let from = 0;
      return listItems(isSeq(node) ? [scalar.value] : scalar.value).map((value) => {
        const offset = Math.max(0, written.indexOf(value, from));
        from = offset + value.length;
        return {
          value,
          place: this.#toFile({
            line: start.line + this.#firstLine - 1,
            column: start.col + quoted + offset,
          }),
        };
      });
    });
  }

  #node(path: readonly PropertyKey[]): Node | undefined {
    return this.#parsed?.document.getIn(path, true) as Node | undefined;
  }

  #place(offset: number): Place {
    const { line, col } = this.#parsed!.lines.linePos(offset);
    return this.#toFile({ line: line + this.#firstLine - 1, column: col });
  }

  #start(): Place {
    return { line: Math.max(1, this.#firstLine - 1), column: 1 };
  }
}
