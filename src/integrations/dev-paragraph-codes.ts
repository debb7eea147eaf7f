import { NUMBERED_COLLECTIONS } from '../lib/content-files.ts';
import type { AstroIntegration } from 'astro';
import { drawCodes, numberedParagraphs } from '../lib/paragraph-codes.ts';

/** `/qr/<collection>/<id>.json`, the path the paragraph tools fetch a page's codes from. */
const CODES_PATH = new RegExp(`^/qr/(${NUMBERED_COLLECTIONS.join('|')})/([a-z0-9-]+)\\.json$`);

/**
 * In `astro dev`, answers the paragraph tools' request for QR codes, which a build
 * writes after the pages (see post-build.ts): the codes are drawn on request from
 * the page as the dev server renders it, so an editor previewing an entry sees the
 * same projection QR codes as a reader of the built site.
 */
export function devParagraphCodesIntegration(): AstroIntegration {
  return {
    name: 'knowledge-base:dev-paragraph-codes',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const match = CODES_PATH.exec(request.url?.split('?')[0] ?? '');
          if (!match) return next();
          const page = `http://${request.headers.host}/${match[1]}/${match[2]}/`;
          fetch(page)
            .then(async (answer) => {
              const numbered = answer.ok ? numberedParagraphs(await answer.text()) : undefined;
              if (!numbered) return next();
              response.setHeader('Content-Type', 'application/json; charset=utf-8');
              response.end(drawCodes(numbered));
            })
            .catch(next);
        });
      },
    },
  };
}
