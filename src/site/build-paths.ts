/**
 * Astro's cache folder, relative to the project root: the content store, the
 * incremental build's stored pages, and what the post-build steps reuse (search
 * records, QR codes, compressed copies). Outside node_modules, which `npm ci`
 * deletes, so that CI can keep it from one run to the next and a pull request's
 * build is a rebuild (.github/workflows/checks.yml, .gitlab-ci.yml).
 */
export const CACHE_DIR = '.cache/astro';
