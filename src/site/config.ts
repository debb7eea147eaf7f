import { detectForge, type Repository } from './forge.ts';
import { parseSiteAddress } from './site-address.ts';

/** Settings that pages and integrations read; one place to change them. */
export interface SiteConfig {
  /** Full name of the site, in the header and the title of every page. */
  title: string;
  /** Short name, for narrow screens. */
  shortTitle: string;
  /** One sentence on what the site is, for the home page and meta description. */
  description: string;
  /** The full address the site is served from, ending in `/`: canonical links, sitemap, RSS and QR codes lead there. */
  url: string;
  /** The path under that address the whole site is deployed at: `/`, or `/zhishiku/` on a shared intranet host. */
  base: string;
  /** How many entries a list or tag page shows before it paginates. */
  pageSize: number;
  /** How many entries the home page shows in its "latest" lists. */
  homeListSize: number;
  /** The branch editors' changes go into (REPOSITORY_BRANCH, else main): the content check compares with it. */
  branch: string;
  /**
   * Where the content is edited: the repository's web address, branch and forge, for 编辑此页 and
   * 新增案例 links. Absent when REPOSITORY_URL is not set: then the site shows readers no editor link
   * at all (never one to a placeholder host), and the 投稿 page offers download and copy only.
   */
  repository?: Repository;
}

// The one place the repository is named: REPOSITORY_URL, the repository's web address.
// Empty variables count as unset, as CI systems often define them empty.
const repositoryUrl = process.env.REPOSITORY_URL?.trim() || undefined;
// REPOSITORY_BRANCH when the editors' branch is not main (master on older forges).
const branch = process.env.REPOSITORY_BRANCH?.trim() || 'main';

export const siteConfig = {
  title: '城乡社区治理与基层党建知识库',
  shortTitle: '基层治理知识库',
  description:
    '收录城乡社区治理和基层党建的讲话、案例、示范点与「大…共…」理念，可按理念、示范点浏览，支持中文全文检索。',
  // Deployments set SITE_URL to their own address, with the sub-path if the site lives under one
  // (http://10.0.0.5/zhishiku/); unset, it is the local preview. A malformed value fails the build.
  ...parseSiteAddress(process.env.SITE_URL),
  pageSize: 20,
  homeListSize: 6,
  branch,
  repository: repositoryUrl
    ? {
        url: repositoryUrl,
        branch,
        // REPOSITORY_FORGE (github, gitlab, gitea; Forgejo is gitea) when the host name does not say; unset, it is
        // guessed from the host and defaults to gitlab, the usual intranet forge. A misspelt value fails the build.
        forge: detectForge(repositoryUrl, process.env.REPOSITORY_FORGE),
      }
    : undefined,
} satisfies SiteConfig;

/** Said by `npm run build` and `npm run package` when the site is built without its repository. */
export const NO_REPOSITORY_WARNING =
  '未设置 REPOSITORY_URL：页面上不显示“编辑此页”和“新增案例”链接，投稿页只提供下载和复制；设置方法见 README 部署一节。';
