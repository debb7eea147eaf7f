import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Scratch space for test builds; git ignores it. */
export const TMP = join(ROOT, 'tests/.tmp');

/** Where the global setup builds the real site. */
export const SITE_DIST = join(TMP, 'site');

/**
 * The repository the test builds name (REPOSITORY_URL), so that their editor links can be
 * tested; a placeholder host that no test reaches (the browser tests answer it themselves).
 * A build without it shows no editor links: tests/build/no-repository.test.ts.
 */
export const TEST_REPOSITORY_URL = 'https://git.example.org/jiceng-zhili-zhishiku';
