import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { FORGES, URL_BUDGET, newFileUrl, requestBytes } from '../../src/common/forge-links.ts';

// The forges sit behind a reverse proxy, and nginx with its default header buffers is the usual one:
// what it lets through is the budget a prefilled new-file link may use.
let nginx: RunningNginx;
beforeAll(async () => {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'forge-url-'));
  nginx = await startNginx(
    `server { listen 127.0.0.1:${port}; location / { return 200 "ok"; } }`,
    port,
    dir,
  );
});
afterAll(async () => nginx?.close());

/** The status nginx answers a request whose path and query take `bytes` bytes. */
async function statusFor(bytes: number): Promise<number> {
  const path = `/a?${'x'.repeat(bytes - 3)}`;
  return (await fetch(nginx.url + path)).status;
}

test('a default nginx lets every forge’s budget through, and refuses a little more with 414', async () => {
  let passes = 1000;
  let fails = 64 * 1024;
  expect([await statusFor(passes), await statusFor(fails)]).toEqual([200, 414]);
  while (fails - passes > 1) {
    const middle = Math.floor((passes + fails) / 2);
    if ((await statusFor(middle)) === 200) passes = middle;
    else fails = middle;
  }
  for (const forge of FORGES) expect(URL_BUDGET[forge], forge).toBeLessThanOrEqual(passes - 100);
  expect(fails).toBeLessThan(8 * 1024 + 100);
});

test('a prefilled link at the budget, Chinese content and all, reaches the server', async () => {
  const repository = { url: nginx.url + '/team/site', branch: 'main', forge: 'gitlab' as const };
  let content = '';
  const link = () => newFileUrl(repository, 'content/cases', { name: 'a.mdx', content });
  while (requestBytes(link()) + 9 <= URL_BUDGET.gitlab) content += '社';
  expect(requestBytes(link())).toBeGreaterThan(URL_BUDGET.gitlab - 9);
  expect((await fetch(link())).status).toBe(200);
});
