import { describe, expect, test, vi } from 'vitest';
import {
  detectForge,
  editFileUrl,
  newFileUrl,
  repositoryBase,
  type Forge,
  type Repository,
} from '../../src/site/forge.ts';
import { entryTemplate } from '../../src/site/new-entry.ts';
import { ID_PATTERN } from '../../src/common/collections.ts';

const repository = (forge: Forge, url = 'https://git.example.org/team/site'): Repository => ({
  url,
  branch: 'main',
  forge,
});

describe('detectForge', () => {
  test.each([
    ['https://github.com/team/site', undefined, 'github'],
    ['https://github.example.gov.cn/team/site', undefined, 'github'],
    ['https://gitlab.com/team/site', undefined, 'gitlab'],
    ['http://gitlab.intranet.local/jiceng/site', undefined, 'gitlab'],
    ['https://gitea.example.org/team/site', undefined, 'gitea'],
    ['https://forgejo.example.org/team/site', undefined, 'gitea'],
    ['https://codeberg.org/team/site', undefined, 'gitea'],
    ['https://GitHub.com/team/site', undefined, 'github'],
    // Nothing in the name: the usual intranet GitLab.
    ['https://git.example.org/jiceng-zhili-zhishiku', undefined, 'gitlab'],
    ['http://10.0.0.8:3000/team/site', undefined, 'gitlab'],
    ['not a url', undefined, 'gitlab'],
    // The setting wins over the host.
    ['https://git.example.org/team/site', 'gitea', 'gitea'],
    ['https://github.com/team/site', 'gitlab', 'gitlab'],
    ['https://git.example.org/team/site', ' GitHub ', 'github'],
    ['https://git.example.org/team/site', 'forgejo', 'gitea'],
    // An empty setting is no setting (CI systems define variables empty).
    ['https://codeberg.org/team/site', '', 'gitea'],
  ])('%s with setting %j is %s', (url, setting, forge) => {
    expect(detectForge(url, setting)).toBe(forge);
  });

  test('refuses a setting that names no forge, in Chinese', () => {
    expect(() =>
      detectForge('https://git.example.org/team/site', 'bitbucket'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: REPOSITORY_FORGE 只能是 github、gitlab 或 gitea（Forgejo 也写 gitea），现在是“bitbucket”。]`,
    );
  });
});

describe('repositoryBase', () => {
  test.each([
    ['https://git.example.org/team/site', 'https://git.example.org/team/site'],
    ['https://git.example.org/team/site/', 'https://git.example.org/team/site'],
    ['https://git.example.org/team/site.git', 'https://git.example.org/team/site'],
    ['https://git.example.org/team/site.git/', 'https://git.example.org/team/site'],
    [' https://git.example.org/team/site// ', 'https://git.example.org/team/site'],
  ])('%j → %s', (url, base) => {
    expect(repositoryBase(url)).toBe(base);
  });
});

describe('editFileUrl', () => {
  test.each([
    ['github', 'https://git.example.org/team/site/edit/main/content/cases/a.mdx'],
    ['gitlab', 'https://git.example.org/team/site/-/edit/main/content/cases/a.mdx'],
    ['gitea', 'https://git.example.org/team/site/_edit/main/content/cases/a.mdx'],
  ] as const)('%s: %s', (forge, url) => {
    expect(editFileUrl(repository(forge), 'content/cases/a.mdx')).toBe(url);
  });

  test.each(['https://git.example.org/team/site/', 'https://git.example.org/team/site.git'])(
    'ignores the trailing slash or .git of %s',
    (url) => {
      expect(editFileUrl(repository('gitlab', url), 'content/cases/a.mdx')).toBe(
        'https://git.example.org/team/site/-/edit/main/content/cases/a.mdx',
      );
    },
  );

  test('encodes each segment of a Chinese branch or folder, keeping the slashes', () => {
    expect(
      editFileUrl({ ...repository('gitea'), branch: '编辑/张三' }, 'content/案例 草稿/a.mdx'),
    ).toBe(
      'https://git.example.org/team/site/_edit/%E7%BC%96%E8%BE%91/%E5%BC%A0%E4%B8%89/content/%E6%A1%88%E4%BE%8B%20%E8%8D%89%E7%A8%BF/a.mdx',
    );
  });
});

describe('newFileUrl', () => {
  const file = { name: 'a.mdx', content: 'x' };

  test.each([
    ['github', 'https://git.example.org/team/site/new/main/content/cases?filename=a.mdx&value=x'],
    [
      'gitlab',
      'https://git.example.org/team/site/-/new/main/content/cases?file_name=a.mdx&content=x',
    ],
    ['gitea', 'https://git.example.org/team/site/_new/main/content/cases?filename=a.mdx&value=x'],
  ] as const)('%s: %s', (forge, url) => {
    expect(newFileUrl(repository(forge), 'content/cases', file)).toBe(url);
  });

  test('ignores the trailing slash or .git of the repository and the slashes around the folder', () => {
    expect(
      newFileUrl(
        repository('github', 'https://github.com/team/site.git/'),
        '/content/cases/',
        file,
      ),
    ).toBe('https://github.com/team/site/new/main/content/cases?filename=a.mdx&value=x');
  });

  test.each(['github', 'gitlab', 'gitea'] as const)(
    '%s: the prefilled template, Chinese and newlines, comes back whole from the query',
    (forge) => {
      const content = entryTemplate('cases', '社区议事协商：“四议两公开”&100%');
      const name = '请改为标题拼音.mdx';
      const url = new URL(newFileUrl(repository(forge), 'content/cases', { name, content }));
      const [nameKey, contentKey] =
        forge === 'gitlab' ? ['file_name', 'content'] : ['filename', 'value'];
      expect(url.searchParams.get(nameKey)).toBe(name);
      expect(url.searchParams.get(contentKey)).toBe(content);
      expect([...url.searchParams.keys()]).toEqual([nameKey, contentKey]);
      // Every character is ASCII; spaces are %20, not +, and newlines %0A.
      expect(url.href).toMatch(/^[\x21-\x7e]+$/);
      expect(url.search).toContain('%0A');
      expect(url.search).not.toContain('+');
    },
  );
});

/** The site's config and URLs as a build with `env` reads them: the config reads the environment once, when imported. */
async function builtWith(env: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  try {
    const { urls } = await import('../../src/site/urls.ts');
    const { siteConfig } = await import('../../src/site/config.ts');
    return { urls, siteConfig };
  } finally {
    vi.unstubAllEnvs();
  }
}

describe('urls.edit and urls.newEntry', () => {
  const REPOSITORY_URL = 'https://git.example.org/team/site';

  test('follow the configured repository and forge', async () => {
    const { urls, siteConfig } = await builtWith({ REPOSITORY_URL, REPOSITORY_FORGE: 'gitea' });
    expect(siteConfig.repository).toEqual({ url: REPOSITORY_URL, branch: 'main', forge: 'gitea' });
    expect(urls.edit('content/cases/a.mdx')).toBe(
      editFileUrl(siteConfig.repository!, 'content/cases/a.mdx'),
    );
    const newEntry = new URL(urls.newEntry('cases')!);
    expect(newEntry.href.startsWith(`${REPOSITORY_URL}/_new/main/`)).toBe(true);
    expect(newEntry.pathname).toMatch(/\/content\/cases$/);
  });

  test('prefill the case template that npm run new writes, with a placeholder file name the content check rejects', async () => {
    const { urls } = await builtWith({ REPOSITORY_URL });
    const [name = '', content = ''] = new URL(urls.newEntry('cases')!).searchParams.values();
    expect(name).toBe('请改为标题拼音.mdx');
    expect(name.slice(0, -'.mdx'.length)).not.toMatch(ID_PATTERN);
    expect(content).toMatch(/^---\ntitle: .+\n/);
    expect(content.match(/^## .+$/gm)).toEqual(entryTemplate('cases', '标题').match(/^## .+$/gm));
  });

  test.each(['', '  '])(
    'are none when REPOSITORY_URL is unset or blank (%j), never a placeholder host; the branch stays',
    async (unset) => {
      const { urls, siteConfig } = await builtWith({
        REPOSITORY_URL: unset,
        REPOSITORY_BRANCH: 'master',
      });
      expect(siteConfig.repository).toBeUndefined();
      expect(siteConfig.branch).toBe('master');
      expect(urls.edit('content/cases/a.mdx')).toBeUndefined();
      expect(urls.newEntry('cases')).toBeUndefined();
    },
  );
});
