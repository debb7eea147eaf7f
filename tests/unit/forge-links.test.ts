import { describe, expect, test } from 'vitest';
import {
  fitsForge,
  newFileUrl,
  requestBytes,
  URL_BUDGET,
  type Repository,
} from '../../src/common/forge-links.ts';

const repository = (forge: Repository['forge']): Repository => ({
  url: 'https://git.example.org/team/site.git',
  branch: 'main',
  forge,
});

describe('new-file links', () => {
  test('without content, name only the file, in each forge’s own words', () => {
    expect(
      (['gitlab', 'github', 'gitea'] as const).map((forge) =>
        newFileUrl(repository(forge), 'content/cases', { name: 'shequ-yishi-hui.mdx' }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "https://git.example.org/team/site/-/new/main/content/cases?file_name=shequ-yishi-hui.mdx",
        "https://git.example.org/team/site/new/main/content/cases?filename=shequ-yishi-hui.mdx",
        "https://git.example.org/team/site/_new/main/content/cases?filename=shequ-yishi-hui.mdx",
      ]
    `);
  });

  test('count a Chinese character as the nine bytes it costs percent-encoded', () => {
    const url = newFileUrl(repository('gitlab'), 'content/cases', {
      name: 'a.mdx',
      content: '社区',
    });
    expect(requestBytes(url)).toBe(new URL(url).pathname.length + new URL(url).search.length);
    expect(url.endsWith('content=%E7%A4%BE%E5%8C%BA')).toBe(true);
  });

  test('fit the forge up to its budget and not one byte past it', () => {
    const base = newFileUrl(repository('gitea'), 'content/cases', { name: 'a.mdx', content: '' });
    const room = URL_BUDGET.gitea - requestBytes(base);
    const at = newFileUrl(repository('gitea'), 'content/cases', {
      name: 'a.mdx',
      content: 'x'.repeat(room),
    });
    const over = newFileUrl(repository('gitea'), 'content/cases', {
      name: 'a.mdx',
      content: 'x'.repeat(room + 1),
    });
    expect([fitsForge(repository('gitea'), at), fitsForge(repository('gitea'), over)]).toEqual([
      true,
      false,
    ]);
  });
});
