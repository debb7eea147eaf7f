import type { Root } from 'hast';
import { visit } from './hast.ts';

/**
 * Marks the entry's own images (`../images/x.jpg`) the way Astro's Markdown does,
 * so Astro optimises them when the page renders (WebP, width and height).
 * The content check refuses any other image first; should one get past it, it
 * stops the build here rather than reach a page (the loader checks the files).
 * @param file the entry's file, for messages
 * @returns the image paths, decoded, for the content store's asset imports
 */
export function markImages(tree: Root, file: string): string[] {
  const paths = new Set<string>();
  const seen = new Map<string, number>();
  visit(tree, (node) => {
    if (node.type !== 'element' || node.tagName !== 'img') return;
    const raw = typeof node.properties.src === 'string' ? node.properties.src : undefined;
    if (!raw) return;
    const src = /^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(raw) ? undefined : safeDecode(raw);
    if (src === undefined)
      throw new Error(
        `${file}：图片“${raw.slice(0, 50)}”不是 content/images/ 里的文件，不能发布。`,
      );
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

const safeDecode = (raw: string) => {
  try {
    return decodeURI(raw);
  } catch {
    return undefined;
  }
};
