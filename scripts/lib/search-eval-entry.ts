// Bundled by the search evaluation and injected into the page under test, so that the
// evaluation runs the site's own search code against the built index.
import { runSearch } from '../../src/client/search/engine.ts';

/** Loads a Pagefind bundle; here, not in the caller, so no test tool rewrites the dynamic import. */
const importIndex = (url: string) => import(/* @vite-ignore */ url);

(globalThis as unknown as { knowledgeBaseSearch: unknown }).knowledgeBaseSearch = {
  runSearch,
  importIndex,
};
