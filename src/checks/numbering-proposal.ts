import { paragraphAnchor, parseParagraphAnchor } from '../lib/anchors.ts';
import { AnchorCounter, type NumberingPlan } from '../lib/numbering.ts';
import type { OutlineParagraph } from '../lib/outline.ts';
import { comparableText } from '../lib/quote-match.ts';

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
  const publishedAt = new Map<string, number>();
  published.forEach((paragraph, index) => {
    if (!publishedAt.has(plain(paragraph))) publishedAt.set(plain(paragraph), index);
  });
  const editedTexts = new Set(edited.map(plain));
  const ids: string[] = [];
  const dropped: OutlineParagraph[] = [];
  let next = 0;
  for (const paragraph of edited) {
    const at = publishedAt.get(plain(paragraph));
    if (at !== undefined && at >= next) {
      dropped.push(...published.slice(next, at));
      ids.push(published[at]!.id);
      next = at + 1;
    } else if (next < published.length && !editedTexts.has(plain(published[next]!))) {
      // Where a published paragraph was, in other words: a correction keeps its number.
      ids.push(published[next]!.id);
      next += 1;
    } else {
      const before = parseParagraphAnchor(ids.at(-1) ?? '');
      if (!before) return undefined;
      ids.push(paragraphAnchor(before.n, nextLetter(before.letter)));
    }
  }
  dropped.push(...published.slice(next));
  const retired: Record<string, string> = Object.fromEntries(retiredBefore);
  for (const paragraph of dropped) {
    const moved = edited.findIndex((item) => plain(item) === plain(paragraph));
    const previous = published.indexOf(paragraph) - 1;
    const into = moved >= 0 ? ids[moved] : ids[edited.indexOf(editedBefore(previous))];
    if (!into) return undefined;
    retired[paragraph.id] = into;
  }
  const plan = { inserted: ids.filter((id) => parseParagraphAnchor(id)?.letter), retired };
  const counter = new AnchorCounter(plan);
  return ids.every((id) => counter.paragraph().id === id) ? plan : undefined;

  /** The edited paragraph that holds the published paragraph at `index`, or the nearest one before it. */
  function editedBefore(index: number): OutlineParagraph {
    for (let at = index; at >= 0; at -= 1) {
      const found = ids.indexOf(published[at]!.id);
      if (found >= 0) return edited[found]!;
    }
    return edited[0]!;
  }
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
