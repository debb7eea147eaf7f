import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { astroDev, type DevServer } from '../helpers/astro-dev.ts';
import { readQr } from '../helpers/read-qr.ts';

describe('npm run dev, as an editor previews an entry', () => {
  let server: DevServer;
  beforeAll(async () => {
    const site = await fixtureSite('dev-server', 'drafts');
    server = await astroDev(site.root);
  });
  afterAll(() => server?.stop());

  it('serves the QR codes of a page’s paragraphs, which a build writes only after the pages', async () => {
    const response = await fetch(`${server.url}qr/cases/fabu-anli.json`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const codes = (await response.json()) as Record<string, string>;
    expect(Object.keys(codes)[0]).toBe('p-1');
    expect(await readQr(codes['p-1']!)).toBe('http://localhost:4321/cases/fabu-anli/#p-1');
  });

  it('answers a request for the codes of an entry that does not exist with 404', async () => {
    expect((await fetch(`${server.url}qr/cases/meiyou-zhege-anli.json`)).status).toBe(404);
  });
});
