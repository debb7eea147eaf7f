import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.ts';
import { nginxServerBlock } from '../../scripts/lib/deploy/nginx-config.ts';
import { deploymentNote, siteFolder } from '../../scripts/lib/deploy/package-site.ts';
import { parseSiteAddress } from '../../src/lib/site-address.ts';

describe('nginxServerBlock', () => {
  test('is exactly the block the README gives deployers, which the nginx test runs', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- nginx:begin -->\n```nginx\n([\s\S]*?)```\n<!-- nginx:end -->/.exec(
      readme,
    )?.[1];
    expect(block).toBe(
      nginxServerBlock({ base: '/zhishiku/', webRoot: '/var/www', serverName: '10.0.0.5' }),
    );
  });

  test('serves a site at the host root from its own folder, with the same rules', () => {
    const block = nginxServerBlock({ base: '/', webRoot: '/var/www/site', serverName: 'kb' });
    expect(block).toContain('root /var/www/site;');
    expect(block).toContain('location / {');
    expect(block).toContain('location /_astro/ {');
    expect(block).toContain('error_page 404 /404.html;');
    expect(block).toContain('location ~ ^/pagefind/.+\\.pf_(fragment|index|filter|meta)$ {');
  });
});

describe('the deployment archive', () => {
  test.each([
    ['/zhishiku/', 'zhishiku'],
    ['/a/b/', 'a/b'],
    ['/', 'site'],
  ])('puts a site under %s in the folder %s', (base, folder) => {
    expect(siteFolder(base)).toBe(folder);
  });

  test('tells the administrator where to unpack, how to check, and the address it was built for', () => {
    const note = deploymentNote(
      parseSiteAddress('http://10.0.0.5/a/b/'),
      'kb.tar.gz',
      '2026-11-30 02:00',
    );
    expect(note).toContain(
      'rm -rf /var/www/a/b && mkdir -p /var/www/a && cp -r /tmp/kb-package/a/b /var/www/a/',
    );
    expect(note).toContain('构建时设定的网站地址：http://10.0.0.5/a/b/');
    expect(note).toContain('curl -sI http://10.0.0.5/a/b/no-such-page/ | head -1');
  });
});
