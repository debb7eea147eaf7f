import type { MarkdownHeading } from 'astro';

/**
 * The headings an entry's table of contents lists: sections and subsections,
 * and none at all for a short entry, which reads faster without an outline in the way.
 */
export function tocHeadings(headings: MarkdownHeading[]): MarkdownHeading[] {
  const shown = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  return shown.length >= 5 ? shown : [];
}
