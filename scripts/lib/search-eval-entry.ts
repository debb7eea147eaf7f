// Bundled by the search evaluation and injected into the page under test, so that the
// evaluation runs the site's own search code against the built index.
import { runSearch } from '../../src/scripts/search/engine.ts';

(globalThis as unknown as { knowledgeBaseSearch: unknown }).knowledgeBaseSearch = { runSearch };
