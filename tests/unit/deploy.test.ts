import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.ts';
import { nginxConfig } from '../../scripts/lib/deploy/nginx-config.ts';
import { deploymentNote, forNotepad } from '../../scripts/lib/deploy/deployment-note.ts';
import { siteFolder } from '../../scripts/lib/deploy/site-folder.ts';
import { parseSiteAddress } from '../../src/site/site-address.ts';

const configFor = (url: string) => nginxConfig(parseSiteAddress(url));

describe('nginxConfig', () => {
  test('is exactly the configuration the README gives deployers', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- nginx:begin -->\n```nginx\n([\s\S]*?)```\n<!-- nginx:end -->/.exec(
      readme,
    )?.[1];
    expect(block).toBe(configFor('http://10.0.0.5/zhishiku/'));
  });

  test.each([
    ['http://10.0.0.5:18437/zhishiku/', 'listen 18437;'],
    ['http://10.0.0.5/zhishiku/', 'listen 80;'],
    ['https://kb.example.gov.cn/', 'listen 443 ssl;'],
    ['https://kb.example.gov.cn:8443/a/', 'listen 8443 ssl;'],
    // An address only this machine can reach is served there only.
    ['http://127.0.0.1:4321/zhishiku/', 'listen 127.0.0.1:4321;'],
    ['http://localhost:4321/', 'listen localhost:4321;'],
  ])('for %s listens where it says: %s', (url, listen) => {
    const config = configFor(url);
    expect(config).toContain(`    ${listen}\n`);
    expect(config.match(/^\s*listen /gm)).toHaveLength(1);
  });

  test('asks for the certificate of an https address, and of an http one does not', () => {
    expect(configFor('https://kb.example.gov.cn/')).toMatch(
      /ssl_certificate \/etc\/nginx\/ssl\/kb\.example\.gov\.cn\.crt;\n\s+ssl_certificate_key \/etc\/nginx\/ssl\/kb\.example\.gov\.cn\.key;/,
    );
    expect(configFor('http://kb.example.gov.cn/')).not.toContain('ssl_certificate');
  });

  test('sends the host root and the sub-path without its slash to the site, and nothing else of the host', () => {
    const config = configFor('http://10.0.0.5/a/b/');
    expect(config).toContain('location = / {\n        return 302 /a/b/;');
    expect(config).toContain('location = /a/b {\n        return 301 /a/b/;');
    expect(config).toContain('location / {\n        return 404;');
  });

  test('serves a site at the host root from its own folder, with the same rules', () => {
    const config = configFor('http://kb/');
    expect(config).toContain('root /var/www/site;');
    expect(config).toContain('location / {');
    expect(config).not.toContain('return 302');
    expect(config).toContain('location /_astro/ {');
    expect(config).toContain('error_page 404 /404.html;');
    expect(config).toContain('location ~ ^/pagefind/.+\\.pf_(fragment|index|filter|meta)$ {');
    expect(config).toContain('location ~ ^/(.*/)?\\. {');
  });

  test('names its policy variable after the site folder, so two copies on one host keep their own', () => {
    const variables = ['http://h/zhishiku/', 'http://h/zhishiku-test/', 'http://h/'].map(
      (url) => /map \$sent_http_content_type \$(\w+) \{/.exec(configFor(url))?.[1],
    );
    expect(variables).toEqual(['zhishiku_csp', 'zhishiku_test_csp', 'site_csp']);
  });

  test('sets the content policy and every security header in each block that has headers of its own', () => {
    const config = configFor('http://10.0.0.5/zhishiku/');
    // The server, the site's location and the two cached locations.
    for (const header of [
      'Content-Security-Policy $zhishiku_csp',
      'X-Frame-Options',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ])
      expect(config.split(`add_header ${header} `).length - 1, header).toBe(4);
    expect(config.match(/add_header .* always;/g)).toHaveLength(5 * 4 + 3);
  });
});

describe('the deployment note', () => {
  test.each([
    ['/zhishiku/', 'zhishiku'],
    ['/a/b/', 'a/b'],
    ['/', 'site'],
  ])('puts a site under %s in the folder %s', (base, folder) => {
    expect(siteFolder(base)).toBe(folder);
  });

  test('tells the administrator where to unpack, how to check, and the address and port it was built for', () => {
    const note = deploymentNote(
      parseSiteAddress('http://10.0.0.5:18437/a/b/'),
      'kb-20261130.tar.gz',
      '2026-11-30 02:00',
    );
    expect(note).toContain('解压后是一个文件夹 kb-20261130/');
    expect(note).toContain('    cd /tmp && tar -xzf kb-20261130.tar.gz\n');
    expect(note).toContain(
      '    rm -rf /var/www/a/b && mkdir -p /var/www/a && cp -r /tmp/kb-20261130/a/b /var/www/a/\n',
    );
    expect(note).toContain('网站地址（构建时的 SITE_URL）：http://10.0.0.5:18437/a/b/');
    expect(note).toContain('一个监听 18437 端口的 server');
    expect(note).toContain('--add-port=18437/tcp');
    expect(note).toContain('curl -sI http://10.0.0.5:18437/a/b/no-such-page/ | head -1');
    expect(note).toContain('应看到 302 和 Location: /a/b/');
    // How to put it on the server already running on port 80 instead.
    expect(note).toContain('SITE_URL=http://10.0.0.5/a/b/ npm run package');
    expect(note).toContain('少了 map，nginx -t 会报 unknown "a_b_csp" variable');
  });

  test('is written for Notepad: UTF-8 with a byte-order mark and CRLF line ends', () => {
    const bytes = forNotepad('一\n二\r\n三\n');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('一\r\n二\r\n三\r\n');
  });
});
