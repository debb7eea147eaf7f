import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  NUMBERED_COLLECTIONS,
  contentFolder,
  type NumberedCollection,
} from '../common/collections.ts';
import { readEntrySource } from '../entries/frontmatter.ts';
import { numberingPlanOf } from '../schemas/paragraph-numbers.ts';
import { drawCodes } from '../postbuild/paragraph-codes.ts';
import { urls } from '../site/urls.ts';
import { outlineOf } from '../entries/markdown/mdx-outline.ts';

/** `/qr/<collection>/<id>.json`, the path the paragraph tools fetch a page's codes from. */
const CODES_PATH = new RegExp(`^/qr/(${NUMBERED_COLLECTIONS.join('|')})/([a-z0-9-]+)\\.json$`);

/**
 * In `astro dev`, answers the paragraph tools' request for QR codes, which a build
 * writes after the pages (see src/postbuild/). The codes are drawn on request from
 * the entry's file, numbered by the same code as its page (entries/markdown/mdx-outline.ts)
 * and addressed as its canonical link is, so an editor previewing an entry sees
 * the projection QR codes a reader of the built site will.
 */
export function devParagraphCodesIntegration(): AstroIntegration {
  let root = '';
  let site = 'http://localhost:4321/';
  let base = '/';
  return {
    name: 'knowledge-base:dev-paragraph-codes',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site ?? site;
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          // Under a sub-path (SITE_URL with a path) requests carry the base path first.
          const path = request.url?.split('?')[0] ?? '';
          const match = CODES_PATH.exec(
            path.startsWith(base) ? `/${path.slice(base.length)}` : path,
          );
          if (!match) return next();
          const [, collection, id] = match as unknown as [string, NumberedCollection, string];
          const file = join(root, contentFolder(collection), `${id}.mdx`);
          if (!existsSync(file)) return next();
          try {
            const { data, body } = readEntrySource(readFileSync(file, 'utf8'));
            const anchors = outlineOf(body, numberingPlanOf(data)).flatMap((item) =>
              item.kind === 'paragraph' ? [item.id] : [],
            );
            const address = new URL(urls.entry(collection, id), site).href;
            response.setHeader('Content-Type', 'application/json; charset=utf-8');
            response.end(drawCodes({ address, anchors }));
          } catch {
            // An entry being edited that does not read: the content check's panel says why.
            next();
          }
        });
      },
    },
  };
}
