import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import type { Place } from './finding.ts';

/**
 * Finds where a frontmatter value sits in its file, so a finding can point at
 * the line to change. Frontmatter values themselves are read by Astro's YAML
 * parser; this one only supplies positions.
 */
export class FrontmatterPositions {
  readonly #document;
  readonly #lines = new LineCounter();
  /** Line in the file where the frontmatter text starts (the line after `---`). */
  readonly #firstLine: number;

  constructor(frontmatter: string, firstLine: number) {
    this.#document = parseDocument(frontmatter, { lineCounter: this.#lines, keepSourceTokens: false });
    this.#firstLine = firstLine;
  }

  /** The place of the value at `path`, or of its nearest existing parent; the frontmatter start if none. */
  valueAt(path: readonly PropertyKey[]): Place {
    for (let length = path.length; length > 0; length -= 1) {
      const node = this.#document.getIn(path.slice(0, length), true) as Node | undefined;
      if (node?.range) return this.#place(node.range[0]);
    }
    return { line: this.#firstLine - 1, column: 1 };
  }

  /** The value at `path` exactly as written in the file, for scalars; undefined otherwise. */
  sourceAt(path: readonly PropertyKey[]): string | undefined {
    const node = this.#document.getIn(path, true) as Node | undefined;
    return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  }

  /** The place of a top-level key, e.g. a misspelt one. */
  keyAt(key: string): Place {
    const contents = this.#document.contents;
    if (isMap(contents)) {
      for (const pair of contents.items) {
        if (isScalar(pair.key) && pair.key.value === key && pair.key.range) return this.#place(pair.key.range[0]);
      }
    }
    return { line: this.#firstLine - 1, column: 1 };
  }

  #place(offset: number): Place {
    const { line, col } = this.#lines.linePos(offset);
    return { line: line + this.#firstLine - 1, column: col };
  }
}
