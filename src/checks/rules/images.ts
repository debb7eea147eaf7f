import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IMAGE_EXTENSIONS, IMAGE_FOLDER, isIgnoredFile } from '../../entries/content-files.ts';
import { imageFileProblems, imageTarget } from '../../entries/content-images.ts';
import { error, FILE_START, type Finding } from '../finding.ts';
import type { CheckContext } from '../context.ts';
import { placeOf } from '../mdx-tree.ts';
import { namedUrls } from '../tree-urls.ts';

/**
 * Images come only from the repository's content/images/, as JPEG, PNG or WebP
 * under the size limit: checked where entries use them, by every form Markdown
 * has for naming an image, and on the files, by their bytes. A file an entry uses
 * is checked whatever its name (it is published); the folder's other files too,
 * but for notes kept on purpose (`_name`, hidden files), which are never published.
 */
export function checkImages({ root, entries }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const files = new Set(listImages(root));
  for (const entry of entries) {
    if (!entry.tree) continue;
    for (const { use, url, node } of namedUrls(entry.tree)) {
      if (use !== 'image') continue;
      const target = imageTarget(root, entry.file, url);
      if ('problem' in target) {
        const { message, fix } = target.problem;
        findings.push(error(entry.file, placeOf(node), 'image', message, fix));
      } else files.add(target.file);
    }
  }
  for (const file of [...files].sort())
    for (const { message, fix } of imageFileProblems(root, file))
      findings.push(error(file, FILE_START, 'image', message, fix));
  return findings;
}

/** The image files of content/images/ that could be published: regular files with an image extension. */
function listImages(root: string): string[] {
  const dir = join(root, IMAGE_FOLDER);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => {
      const extension = name.slice(name.lastIndexOf('.')).toLowerCase();
      return (
        !isIgnoredFile(name) &&
        (IMAGE_EXTENSIONS as readonly string[]).includes(extension) &&
        lstatSync(join(dir, name)).isFile()
      );
    })
    .map((name) => `${IMAGE_FOLDER}/${name}`);
}
