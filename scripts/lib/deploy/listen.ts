import type { SiteAddress } from '../../../src/site/site-address.ts';

/** What the site's nginx server listens on, read from SITE_URL. */
export interface Listen {
  /** The `listen` directive's address: `18437`, or `127.0.0.1:4321` for a loopback host. */
  address: string;
  /** The port readers' browsers connect to. */
  port: number;
  /** Whether SITE_URL is https, so the server needs a certificate. */
  tls: boolean;
}

/** Hosts only this machine can reach: a server for them listens there and nowhere else. */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * Where the server listens for the address readers type: SITE_URL's port, else 80 for
 * http and 443 for https; on every interface, unless the host is this machine's loopback.
 * @example listenFor(parseSiteAddress('http://10.0.0.5:18437/zhishiku/')) // { address: '18437', port: 18437, tls: false }
 */
export function listenFor(address: SiteAddress): Listen {
  const url = new URL(address.url);
  const tls = url.protocol === 'https:';
  const port = url.port ? Number(url.port) : tls ? 443 : 80;
  return {
    address: LOOPBACK.test(url.hostname) ? `${url.hostname}:${port}` : String(port),
    port,
    tls,
  };
}
