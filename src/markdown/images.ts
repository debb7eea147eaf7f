import type { Root } from 'hast';
import { visit } from './hast.ts';

/**
 * Marks the entry's own images (`../images/x.jpg`) the way Astro's Markdown does,
 * so Astro optimises them when the page renders (WebP, width and height).
 * Remote and root-relative images are refused by the content check before this.
 * @returns the image paths, for the content store's asset imports
 */
export function markImages(tree: Root): string[] {
  const paths = new Set<string>();
  const seen = new Map<string, number>();
  visit(tree, (node) => {
    if (node.type !== 'element' || node.tagName !== 'img') return;
    const raw = typeof node.properties.src === 'string' ? node.properties.src : undefined;
    if (!raw || URL.canParse(raw) || raw.startsWith('/')) return;
    const src = decodeURI(raw);
    paths.add(src);
    const index = seen.get(raw) ?? 0;
    seen.set(raw, index + 1);
    const { src: _src, className, ...rest } = node.properties;
    node.properties = {
      ...(className ? { className } : {}),
      __ASTRO_IMAGE_: JSON.stringify({ ...rest, src, index }),
    };
  });
  return [...paths];
}
