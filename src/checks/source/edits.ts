import type { Place } from '../finding.ts';

/** One replacement in a line: `length` characters from `column` (1-based) become `text`. */
export interface LineFix {
  line: number;
  column: number;
  length: number;
  text: string;
}

/** One replacement within a line, its column in the line as mended so far. */
export interface LineEdit {
  column: number;
  length: number;
  text: string;
}

/**
 * The mends of one line, in the order of their original columns, with where each
 * starts in the mended line and how far it moves what follows: built once per
 * change, so that mapping a place is a binary search, however many mends a line has.
 */
class LineMends {
  fixes: LineFix[] = [];
  #index: { columns: number[]; starts: number[]; shifts: number[] } | undefined;

  /** Adds fixes already sorted by column; on equal columns the earlier ones stay first. */
  merge(added: LineFix[]): void {
    const merged: LineFix[] = [];
    let i = 0;
    let j = 0;
    while (i < this.fixes.length || j < added.length) {
      if (j >= added.length || (i < this.fixes.length && this.fixes[i]!.column <= added[j]!.column))
        merged.push(this.fixes[i++]!);
      else merged.push(added[j++]!);
    }
    this.fixes = merged;
    this.#index = undefined;
  }

  /** Each fix's original column, where it starts in the mended line, and the shift after it (its own included). */
  #indexed(): { columns: number[]; starts: number[]; shifts: number[] } {
    if (!this.#index) {
      const index = { columns: [] as number[], starts: [] as number[], shifts: [] as number[] };
      let shift = 0;
      for (const fix of this.fixes) {
        index.columns.push(fix.column);
        index.starts.push(fix.column + shift);
        shift += fix.text.length - fix.length;
        index.shifts.push(shift);
      }
      this.#index = index;
    }
    return this.#index;
  }

  /** The original column of a mended column: inside a fix's text, the fix's own column. */
  original(column: number): number {
    const { starts, shifts } = this.#indexed();
    const at = lastAtMost(starts, column);
    if (at < 0) return column;
    const fix = this.fixes[at]!;
    return column < starts[at]! + fix.text.length ? fix.column : column - shifts[at]!;
  }

  /** The mended column of an original column. */
  forward(column: number): number {
    const { columns, shifts } = this.#indexed();
    const at = lastAtMost(columns, column - 1);
    return at < 0 ? column : column + shifts[at]!;
  }
}

/** Index of the last value ≤ `target` in an ascending array; -1 when there is none. */
function lastAtMost(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (values[middle]! <= target) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * An entry file's lines with the editor's paste mistakes mended, so that the
 * parsers can read on past a mistake and every mistake of a file is reported at
 * once. Mending never adds or removes a line; where it changes a line's length,
 * places in the mended text are mapped back to the file as the editor sees it.
 * Every operation costs time in proportion to what it changes (a line mended in
 * one pass, a place mapped by binary search), so that a line with thousands of
 * mistakes is read as fast as one with a few.
 */
export class MendedSource {
  readonly #lines: string[];
  readonly #mends = new Map<number, LineMends>();

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
    const column = this.#mends.get(fix.line)?.forward(fix.column) ?? fix.column;
    this.mend(fix.line, [{ column, length: fix.length, text: fix.text }]);
  }

  /**
   * Mends a line at several places at once, each given in the line as mended so
   * far; they must not overlap. The line is rebuilt in one pass.
   */
  mend(line: number, edits: readonly LineEdit[]): void {
    if (edits.length === 0) return;
    const sorted = [...edits].sort((a, b) => a.column - b.column);
    const mends = this.#mends.get(line) ?? new LineMends();
    const text = this.#lines[line - 1]!;
    const pieces: string[] = [];
    let from = 0;
    for (const edit of sorted) {
      pieces.push(text.slice(from, edit.column - 1), edit.text);
      from = edit.column - 1 + edit.length;
    }
    pieces.push(text.slice(from));
    // Original columns are read before the line changes: every edit is in the same (old) mended line.
    const fixes = sorted.map((edit) => ({
      line,
      column: mends.original(edit.column),
      length: edit.length,
      text: edit.text,
    }));
    this.#lines[line - 1] = pieces.join('');
    mends.merge(fixes);
    this.#mends.set(line, mends);
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

  /**
   * Blanks every match of `pattern` (global) in the lines from index `from` on,
   * line breaks kept, in one pass over the text.
   * @returns the mended place where each match starts, in order
   */
  blankMatches(from: number, pattern: RegExp): Place[] {
    const text = this.#lines.slice(from).join('\n');
    const places: Place[] = [];
    let line = from + 1;
    let lineStart = 0;
    let nextBreak = text.indexOf('\n');
    const blanked = text.replace(pattern, (match: string, ...rest: unknown[]) => {
      const index = rest.find((value) => typeof value === 'number') as number;
      // Matches come in order, so each line break is counted once.
      while (nextBreak >= 0 && nextBreak < index) {
        line += 1;
        lineStart = nextBreak + 1;
        nextBreak = text.indexOf('\n', lineStart);
      }
      places.push({ line, column: index - lineStart + 1 });
      return match.replace(/[^\n]/g, ' ');
    });
    if (places.length > 0)
      blanked.split('\n').forEach((text, index) => (this.#lines[from + index] = text));
    return places;
  }

  /** Where a place in the mended text is in the original file. */
  original(place: Place): Place {
    const mends = this.#mends.get(place.line);
    return { line: place.line, column: mends ? mends.original(place.column) : place.column };
  }
}
