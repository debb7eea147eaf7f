import { FORGES, type Forge } from '../common/forge-links.ts';

export {
  editFileUrl,
  newFileUrl,
  repositoryBase,
  FORGES,
  type Forge,
  type Repository,
} from '../common/forge-links.ts';

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

function hostOf(url: string): string {
  try {
    return new URL(url.trim()).hostname.toLowerCase();
  } catch {
    return '';
  }
}
