import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Scratch space for test builds; git ignores it. */
export const TMP = join(ROOT, 'tests/.tmp');

/** Where the global setup builds the real site. */
export const SITE_DIST = join(TMP, 'site');
