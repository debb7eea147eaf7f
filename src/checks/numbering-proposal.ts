import { paragraphAnchor, parseParagraphAnchor } from '../common/anchors.ts';
import { AnchorCounter, type NumberingPlan } from '../common/numbering.ts';
import type { OutlineParagraph } from '../entries/outline.ts';
import { comparableText } from '../common/quote-match.ts';

const plain = (paragraph: OutlineParagraph) => comparableText(paragraph.text);

/** The letter after `letter` for a paragraph added after another: a after none, b after a. */
const nextLetter = (letter: string) =>
  letter === '' ? 'a' : String.fromCharCode(letter.charCodeAt(0) + 1);

/**
 * The `paragraphNumbers` declaration that keeps every published paragraph under
 * its published number after an edit: the published text and the edited text are
 * aligned in order, by their words; a paragraph whose words are new and sit
 * where no published paragraph did is numbered after the one before it (p-12a),
 * and a published number whose paragraph is gone leads to where its words went,
 * or to the paragraph before it (the one it was merged into). Returns undefined
 * when no declaration would do (a paragraph added before the first, say); the
 * proposal is numbered again by the real counter and used only if it comes out so.
 */
export function proposeNumbering(
  published: readonly OutlineParagraph[],
  edited: readonly OutlineParagraph[],
  retiredBefore: ReadonlyMap<string, string>,
): NumberingPlan | undefined {
  // Each text made comparable once: a long speech is compared paragraph by paragraph many times.
  const publishedTexts = published.map(plain);
  const editedTexts = edited.map(plain);
  const publishedAt = firstIndexOf(publishedTexts);
  const editedAt = firstIndexOf(editedTexts);
  const ids: string[] = [];
  const dropped: number[] = [];
  let next = 0;
  for (const text of editedTexts) {
    const at = publishedAt.get(text);
    if (at !== undefined && at >= next) {
      for (let skipped = next; skipped < at; skipped += 1) dropped.push(skipped);
      ids.push(published[at]!.id);
      next = at + 1;
    } else if (next < published.length && !editedAt.has(publishedTexts[next]!)) {
      // Where a published paragraph was, in other words: a correction keeps its number.
      ids.push(published[next]!.id);
      next += 1;
    } else {
      const before = parseParagraphAnchor(ids.at(-1) ?? '');
      if (!before) return undefined;
      ids.push(paragraphAnchor(before.n, nextLetter(before.letter)));
    }
  }
  for (let skipped = next; skipped < published.length; skipped += 1) dropped.push(skipped);
  if (ids.length === 0) return undefined;
  const kept = new Set(ids);
  // For each published paragraph, the nearest one at or before it still in the text (the one a removed paragraph joined).
  let last = ids[0]!;
  const keptBefore = published.map(({ id }) => (last = kept.has(id) ? id : last));
  const retired: Record<string, string> = Object.fromEntries(retiredBefore);
  for (const index of dropped) {
    const moved = editedAt.get(publishedTexts[index]!);
    retired[published[index]!.id] = moved === undefined ? keptBefore[index]! : ids[moved]!;
  }
  const plan = { inserted: ids.filter((id) => parseParagraphAnchor(id)?.letter), retired };
  const counter = new AnchorCounter(plan);
  return ids.every((id) => counter.paragraph().id === id) ? plan : undefined;
}

/** Each text's first index in `texts`. */
function firstIndexOf(texts: readonly string[]): Map<string, number> {
  const result = new Map<string, number>();
  texts.forEach((text, index) => {
    if (!result.has(text)) result.set(text, index);
  });
  return result;
}

/** A declaration as a line of YAML an editor can paste into the frontmatter. */
export function numberingLine(plan: NumberingPlan): string {
  const parts = [
    plan.inserted.length > 0 ? `inserted: [${plan.inserted.join(', ')}]` : '',
    Object.keys(plan.retired).length > 0
      ? `retired: { ${Object.entries(plan.retired)
          .map(([from, to]) => `${from}: ${to}`)
          .join(', ')} }`
      : '',
  ].filter(Boolean);
  return `paragraphNumbers: { ${parts.join(', ')} }`;
}
