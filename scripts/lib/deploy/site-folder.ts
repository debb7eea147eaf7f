/** Where the deployment note tells administrators to put the site, and the nginx block's root. */
export const WEB_ROOT = '/var/www';

/** The folder the site's files go in: the sub-path (`zhishiku`, `a/b`), or `site` for a site at the host's root. */
export const siteFolder = (base: string) => base.split('/').filter(Boolean).join('/') || 'site';

/**
 * The folder nginx serves from: the web root for a site under a sub-path (its files are at
 * `<root><base>`), the site's own folder for a site at the host's root.
 */
export const nginxRoot = (base: string) =>
  base === '/' ? `${WEB_ROOT}/${siteFolder(base)}` : WEB_ROOT;
