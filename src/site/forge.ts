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

/**
 * The forge of a repository: `setting` when given (REPOSITORY_FORGE), else guessed
 * from the host name, else `gitlab`. GitLab is the default because the usual
 * deployment is an intranet GitLab on a host whose name says nothing (git.example.org);
 * GitHub and the public Gitea/Forgejo hosts are recognised by name.
 * @throws when `setting` names no forge, so that a misspelt setting fails the build instead of making broken links.
 * @example detectForge('https://codeberg.org/team/site') // 'gitea'
 */
export function detectForge(repositoryUrl: string, setting?: string): Forge {
  const chosen = setting?.trim().toLowerCase();
  if (chosen) {
    if (chosen === 'forgejo') return 'gitea';
    if ((FORGES as readonly string[]).includes(chosen)) return chosen as Forge;
    throw new Error(
      `REPOSITORY_FORGE 只能是 github、gitlab 或 gitea（Forgejo 也写 gitea），现在是“${setting}”。`,
    );
  }
  const host = hostOf(repositoryUrl);
  if (host.includes('gitlab')) return 'gitlab';
  if (['gitea', 'forgejo', 'codeberg'].some((name) => host.includes(name))) return 'gitea';
  // github.com, and GitHub Enterprise Server hosts, often named github.<company>.
  if (host.includes('github')) return 'github';
  return 'gitlab';
}

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
 * The forge's web editor for an existing file.
 * @example editFileUrl({ url: 'https://gitlab.com/t/s.git', branch: 'main', forge: 'gitlab' }, 'content/cases/a.mdx')
 * // 'https://gitlab.com/t/s/-/edit/main/content/cases/a.mdx'
 */
export function editFileUrl(repository: Repository, path: string): string {
  const form = FORMS[repository.forge];
  return `${repositoryBase(repository.url)}/${form.edit}/${encodePath(repository.branch)}/${encodePath(path)}`;
}

/**
 * The forge's "new file" page in `folder`, with the file name field and the editor prefilled.
 * The editor still commits, or proposes a merge request, on the forge; nothing is created by the link.
 */
export function newFileUrl(
  repository: Repository,
  folder: string,
  file: { name: string; content: string },
): string {
  const form = FORMS[repository.forge];
  const query = `${form.name}=${encodeURIComponent(file.name)}&${form.content}=${encodeURIComponent(file.content)}`;
  return `${repositoryBase(repository.url)}/${form.new}/${encodePath(repository.branch)}/${encodePath(folder)}?${query}`;
}

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

function hostOf(url: string): string {
  try {
    return new URL(url.trim()).hostname.toLowerCase();
  } catch {
    return '';
  }
}
