import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { anchorsPlugin } from '../markdown/anchors-plugin.ts';
import { NUMBERED_FOLDERS } from '../markdown/numbered-folders.ts';
import { headingsOf, paragraphsOf, readOutline } from '../lib/outline.ts';
import type { EntryFile } from './entry-files.ts';

/** The anchors a speech page will have, by the same plugin that numbers the page. */
export interface SpeechAnchors {
  paragraphs: Set<string>;
  headings: Set<string>;
}

/**
 * Numbers each speech exactly as the build will (the anchors plugin over
 * Astro's MDX compiler), without running the compiled code.
 */
export async function speechAnchors(root: string, speeches: EntryFile[]): Promise<Map<string, SpeechAnchors>> {
  const result = new Map<string, SpeechAnchors>();
  for (const speech of speeches) {
    if (!speech.tree) continue;
    const data = { astro: { frontmatter: {} as Record<string, unknown>, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } };
    try {
      await mdxToJs(speech.source, {
        hastPlugins: [anchorsPlugin({ numberedFolders: NUMBERED_FOLDERS })],
        fileURL: pathToFileURL(join(root, speech.file)),
        data,
      });
    } catch {
      continue;
    }
    const outline = readOutline(data.astro.frontmatter);
    result.set(speech.id, { paragraphs: new Set(paragraphsOf(outline).keys()), headings: new Set(headingsOf(outline).keys()) });
  }
  return result;
}
