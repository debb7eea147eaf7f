/**
 * Response headers that a page's own <meta> Content-Security-Policy cannot give
 * (meta tags cannot forbid framing), plus the ones security scanners (等保测评) look for.
 * The Content-Security-Policy itself depends on the response's type: see CONTENT_POLICIES.
 */
export const SECURITY_HEADERS: ReadonlyArray<readonly [name: string, value: string]> = [
  ['X-Frame-Options', 'DENY'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'same-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  ],
];

/**
 * The Content-Security-Policy header for each kind of response the server sends.
 * Pages carry their script policy (with each inline script's hash) in their own <meta>, so
 * the header only adds what a <meta> cannot say and must not add script-src: two policies
 * both apply, and a second script-src without the pages' hashes would block them.
 */
export const CONTENT_POLICIES = {
  html: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  // A script's own policy matters only when it runs as a worker: Pagefind's search worker
  // fetches the index from the site and compiles its WebAssembly.
  javascript:
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  // Images (SVG can hold scripts), data, styles, the index: opened directly, nothing runs.
  other: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox",
} as const;

/**
 * The nginx variable holding a copy of the site's Content-Security-Policy, named after its
 * folder: two copies on one host (`/zhishiku/`, `/zhishiku-test/`) then define two
 * variables, where one name would silently give both the policy of the last one read.
 */
export const policyVariable = (folder: string) => `${folder.replace(/[^A-Za-z0-9]/g, '_')}_csp`;

/**
 * The nginx `map` (http context) from the type of the response being sent to its policy.
 * A response without a type, as nginx sends a 304, gets none: the browser keeps the
 * cached response's headers and would otherwise replace a page's policy with the strict
 * one for data, sandboxing the page.
 */
export function policyMap(variable: string): string {
  return `map $sent_http_content_type $${variable} {
    default "${CONTENT_POLICIES.other}";
    "" "";
    ~*^text/html "${CONTENT_POLICIES.html}";
    ~*javascript "${CONTENT_POLICIES.javascript}";
}`;
}
