import type { Place } from '../finding.ts';

/** One replacement in a line: `length` characters from `column` (1-based) become `text`. */
export interface LineFix {
  line: number;
  column: number;
  length: number;
  text: string;
}

/**
 * An entry file's lines with the editor's paste mistakes mended, so that the
 * parsers can read on past a mistake and every mistake of a file is reported at
 * once. Mending never adds or removes a line; where it changes a line's length,
 * places in the mended text are mapped back to the file as the editor sees it.
 */
export class MendedSource {
  readonly #lines: string[];
  readonly #fixes = new Map<number, LineFix[]>();

  constructor(text: string) {
    this.#lines = text.split('\n');
  }

  /** The file's lines, 0-based, as mended so far. */
  get lines(): readonly string[] {
    return this.#lines;
  }

  /** The mended text. */
  get text(): string {
    return this.#lines.join('\n');
  }

  /** Mends one line; the fix's column is the line's original column. */
  fix(fix: LineFix): void {
    const applied = this.#fixes.get(fix.line) ?? [];
    const at = this.#mapForward(fix.line, fix.column) - 1;
    const line = this.#lines[fix.line - 1]!;
    this.#lines[fix.line - 1] = line.slice(0, at) + fix.text + line.slice(at + fix.length);
    this.#fixes.set(
      fix.line,
      [...applied, fix].sort((a, b) => a.column - b.column),
    );
  }

  /**
   * Blanks `length` characters of the mended text from `place` (a place in the
   * mended text, as a parser reports it) with spaces, across line breaks if need
   * be. Lengths do not change, so nothing needs mapping.
   */
  blank(place: Place, length: number): void {
    let { line, column } = place;
    let left = length;
    while (left > 0 && line <= this.#lines.length) {
      const text = this.#lines[line - 1]!;
      const take = Math.min(left, text.length - (column - 1));
      if (take > 0)
        this.#lines[line - 1] =
          text.slice(0, column - 1) + ' '.repeat(take) + text.slice(column - 1 + take);
      left -= Math.max(take, 0) + 1;
      line += 1;
      column = 1;
    }
  }

  /** Where a place in the mended text is in the original file. */
  original(place: Place): Place {
    let shift = 0;
    for (const fix of this.#fixes.get(place.line) ?? []) {
      const start = fix.column + shift;
      if (place.column < start) break;
      if (place.column < start + fix.text.length) return { line: place.line, column: fix.column };
      shift += fix.text.length - fix.length;
    }
    return { line: place.line, column: place.column - shift };
  }

  /** Where an original column of a line is in the mended text. */
  #mapForward(line: number, column: number): number {
    let shift = 0;
    for (const fix of this.#fixes.get(line) ?? [])
      if (fix.column < column) shift += fix.text.length - fix.length;
    return column + shift;
  }
}
