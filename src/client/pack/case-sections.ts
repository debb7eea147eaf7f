import { sitePage } from '../site-page.ts';

/** One section of a case (背景、做法、成效、经验启示), as its page shows it. */
export interface CaseSection {
  /** Its heading's id on the case page, e.g. practice: what a pack stores of the trainer's choice. */
  id: string;
  heading: string;
  /** Its paragraphs and list items, as text; a list item starts with “· ”, or its number. */
  paragraphs: string[];
}

/**
 * A case's sections, read from the body its page shows (same site, so it works on an
 * intranet): each heading of the body with what follows it up to the next one. Nothing
 * of the text travels in a shared link, only which sections were chosen.
 */
export async function caseSections(url: string): Promise<CaseSection[]> {
  const page = await sitePage(url);
  const body = page?.querySelector('article[data-cite-title] .prose');
  if (!body) return [];
  const sections: CaseSection[] = [];
  for (const node of body.children) {
    if (node.tagName === 'H2' && node.id) {
      sections.push({ id: node.id, heading: textOf(node), paragraphs: [] });
      continue;
    }
    const section = sections.at(-1);
    if (!section || node.hasAttribute('popover')) continue;
    if (node.tagName === 'UL' || node.tagName === 'OL') {
      const numbered = node.tagName === 'OL';
      [...node.children].forEach((item, index) =>
        section.paragraphs.push(`${numbered ? `${index + 1}. ` : '· '}${textOf(item)}`),
      );
    } else {
      const text = textOf(node);
      if (text) section.paragraphs.push(text);
    }
  }
  return sections;
}

/** The chosen sections, in the case's own order. */
export const chosenSections = async (url: string, ids: readonly string[] = []) =>
  ids.length === 0 ? [] : (await caseSections(url)).filter((section) => ids.includes(section.id));

/** Text as read: without the paragraph numbers and the glossary pop-ups inside it. */
function textOf(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  for (const extra of copy.querySelectorAll('.para-num, [popover]')) extra.remove();
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}
