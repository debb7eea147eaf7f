// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
// The 投稿 page builds its forge links in the browser from what the editor wrote; the build, from templates.

/** The code forges whose web editors the site links to. Forgejo is a fork of Gitea and keeps its URLs, so it is `gitea`. */
export const FORGES = ['github', 'gitlab', 'gitea'] as const;
export type Forge = (typeof FORGES)[number];

/** Where the content is edited: the repository on its forge. */
export interface Repository {
  /** The repository's web address, e.g. https://git.example.org/team/site; a trailing slash or `.git` is ignored. */
  url: string;
  /** The branch that 编辑此页 and 新增案例 open and that merge requests target. */
  branch: string;
  /** Which forge serves the repository; it decides the form of the editor URLs. */
  forge: Forge;
}

/** Each forge's name as editors know it, for button labels. */
export const FORGE_NAMES: Readonly<Record<Forge, string>> = {
  github: 'GitHub',
  gitlab: 'GitLab',
  gitea: 'Gitea',
};

/** The path of each editor page after the repository address, and the query names that prefill a new file. */
const FORMS: Readonly<Record<Forge, { edit: string; new: string; name: string; content: string }>> =
  {
    github: { edit: 'edit', new: 'new', name: 'filename', content: 'value' },
    // GitLab's new-file form reads params[:file_name] and params[:content] (app/views/projects/blob/_editor.html.haml).
    gitlab: { edit: '-/edit', new: '-/new', name: 'file_name', content: 'content' },
    // Gitea ≥ 1.15 and Forgejo; the prefill arrived with go-gitea/gitea#16556, named after GitHub's.
    gitea: { edit: '_edit', new: '_new', name: 'filename', content: 'value' },
  };

/**
 * The longest path and query, in bytes, that a forge's new-file link may have. The
 * binding limit is the reverse proxy in front of every forge: nginx refuses a request
 * line over its 8 KB header buffer with 414 (measured with nginx 1.26's defaults: 8,178
 * bytes of path and query pass, 8,180 do not). Behind it GitLab's Puma takes up to 10 KB
 * of query and 12 KB of URI, Gitea's Go server 1 MB of headers; GitHub publishes no limit,
 * so it gets the same. A Chinese character costs 9 bytes percent-encoded, so a case of
 * more than about 800 characters does not fit and is handed over by the clipboard.
 */
export const URL_BUDGET: Readonly<Record<Forge, number>> = {
  github: 8000,
  gitlab: 8000,
  gitea: 8000,
};

/**
 * The forge's web editor for an existing file.
 * @example editFileUrl({ url: 'https://gitlab.com/t/s.git', branch: 'main', forge: 'gitlab' }, 'content/cases/a.mdx')
 * // 'https://gitlab.com/t/s/-/edit/main/content/cases/a.mdx'
 */
export function editFileUrl(repository: Repository, path: string): string {
  const form = FORMS[repository.forge];
  return `${repositoryBase(repository.url)}/${form.edit}/${encodePath(repository.branch)}/${encodePath(path)}`;
}

/**
 * The forge's "new file" page in `folder`, with the file name field filled and, when
 * `content` is given, the editor too. The editor still commits, or proposes a merge
 * request, on the forge; nothing is created by the link.
 */
export function newFileUrl(
  repository: Repository,
  folder: string,
  file: { name: string; content?: string },
): string {
  const form = FORMS[repository.forge];
  const content =
    file.content === undefined ? '' : `&${form.content}=${encodeURIComponent(file.content)}`;
  const query = `${form.name}=${encodeURIComponent(file.name)}${content}`;
  return `${repositoryBase(repository.url)}/${form.new}/${encodePath(repository.branch)}/${encodePath(folder)}?${query}`;
}

/** Bytes of a URL's path and query: what a server's request line holds of it. */
export function requestBytes(url: string): number {
  const parsed = new URL(url);
  return new TextEncoder().encode(parsed.pathname + parsed.search).length;
}

/** Whether a new-file link fits the forge's limit, so the forge opens it with the content filled. */
export const fitsForge = (repository: Repository, url: string) =>
  requestBytes(url) <= URL_BUDGET[repository.forge];

/** The repository address without a trailing slash or `.git`, as the forges' page URLs start. */
export const repositoryBase = (url: string) =>
  url
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');

/** Percent-encodes each segment of a slash-separated path (Chinese folder or branch names), keeping the slashes. */
const encodePath = (path: string) =>
  path
    .replace(/^\/+|\/+$/g, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
