import type { Loader, LoaderContext } from 'astro/loaders';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CollectionName } from '../common/collections.ts';
import { renderEntryBody } from './markdown/render-entry.ts';
import { sharedRenderInputs, type SharedRenderInputs } from './render-inputs.ts';
import { isNumbered, roleOf } from '../common/collections.ts';
import { entryFiles } from './content-files.ts';
import { readEntrySource } from './frontmatter.ts';
import { numberingPlanOf } from '../schemas/paragraph-numbers.ts';
import { readContentText } from './text-encoding.ts';
import { imageFileProblems, imageFileTarget } from './content-images.ts';

/**
 * The loader of every collection: each `<id>.mdx` in `content/<collection>/`, the
 * file name being the id (Astro's default would slugify names and honour a `slug`
 * field, either of which could move a published URL unnoticed). Each entry is
 * rendered to HTML here and kept in Astro's content store with a digest of its
 * file and of what rendering it depends on, so the next build renders only what changed.
 */
export function entryLoader(collection: CollectionName): Loader {
  return {
    name: 'knowledge-base:entries',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      await sync(context, root, collection);
      // Under `astro dev`: any content change loads the collection again; only what it touches is rendered.
      const contentDir = join(root, 'content') + sep;
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(contentDir)) void sync(context, root, collection);
      });
    },
  };
}

/**
 * Brings the store in line with the collection's files: new and changed entries in, removed ones out.
 * A build stops at the first entry that fails (the content check has passed them all, so that is a
 * bug to see, not content to skip). Under `astro dev` (the only run with a watcher) content is
 * being edited: an entry that fails is left out and the rest served, while the content check
 * explains it on every page (see integrations/dev-content-check.ts).
 */
async function sync(context: LoaderContext, root: string, collection: CollectionName) {
  const editing = context.watcher !== undefined;
  const shared = sharedRenderInputs(root);
  const ids = new Set<string>();
  for (const file of entryFiles(root, collection)) {
    try {
      ids.add(await loadFile(context, root, collection, file, shared));
    } catch (failure) {
      if (!editing) throw failure;
    }
  }
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
}

/** Loads one entry file into the store, rendering it unless it and its inputs are unchanged. */
async function loadFile(
  context: LoaderContext,
  root: string,
  collection: CollectionName,
  file: string,
  shared: SharedRenderInputs,
): Promise<string> {
  const id = basename(file, '.mdx');
  const source = readContentText(file, relative(root, file));
  const digest = context.generateDigest(`${shared.digest}\0${source}`);
  if (context.store.get(id)?.digest === digest) return id;
  const filePath = relative(root, file).split('\\').join('/');
  const { data: fields, body } = readEntrySource(source);
  const data = await context.parseData({ id, data: fields, filePath });
  const rendered = renderEntryBody(body, {
    numbered: isNumbered(collection),
    numbering: numberingPlanOf(fields),
    // A term's own text never links terms (it would link itself).
    terms: roleOf(collection) === 'term' ? [] : shared.terms,
    speeches: shared.speeches,
    file: filePath,
  });
  assertPublishable(root, filePath, rendered.imagePaths);
  context.store.set({
    id,
    data,
    body,
    filePath,
    digest,
    rendered: {
      html: rendered.html,
      // Astro's RenderedContent.metadata takes any further keys: the loader's own findings travel here, read back by entries/outline.ts.
      metadata: {
        headings: rendered.headings,
        imagePaths: rendered.imagePaths,
        outline: rendered.outline,
        quotes: rendered.quotes,
      },
    },
    assetImports: rendered.imagePaths,
  });
  return id;
}

/**
 * Stops at an image the content check should have refused (it runs before every
 * build): only JPEG, PNG and WebP files of content/images/, judged by their bytes,
 * may reach the published site, which Astro would publish under `_astro/`.
 */
function assertPublishable(root: string, file: string, imagePaths: readonly string[]) {
  for (const path of imagePaths) {
    const target = imageFileTarget(root, file, path);
    const problem = 'problem' in target ? target.problem : imageFileProblems(root, target.file)[0];
    if (problem) throw new Error(`${file}：${problem.message}${problem.fix}`);
  }
}
