import { builtPages, isFolderPage } from '../postbuild/built-files.ts';
import { CITED_ANCHOR_PATTERN } from '../common/anchors.ts';
import { isCollection, isNumbered } from '../common/collections.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The committed list of every published URL, relative to the project root. */
export const REGISTRY_FILE = 'content/_published-urls.txt';

const HEADER = [
  '# 已发布网址登记表：网站发布过的每个网址（含讲话和案例的段落、小节锚点），每行一个。',
  '# 构建时，这里的网址若不再生成、也没有 aliases 转向，构建会失败，以免培训材料里的链接失效。',
  '# 新网址由 npm run urls:accept 登记；确需撤下的网址，请删除对应行并在合并请求中说明原因。',
];

/** The registered URLs, or `undefined` when the project keeps no registry (fixtures, new sites). */
export function readRegistry(root: string): string[] | undefined {
  const path = join(root, REGISTRY_FILE);
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('/'));
}

/** The committed list of URLs withdrawn on purpose, each with its reason, relative to the project root. */
export const WITHDRAWN_FILE = 'content/_withdrawn-urls.txt';

/** A withdrawn URL: why, and on which line of the withdrawal list. */
export interface Withdrawal {
  reason: string;
  line: number;
}

/**
 * The URLs withdrawn on purpose (`/cases/x/ 原因`, one a line): neither the
 * registry nor the target branch keeps them from disappearing. Empty when there is no list.
 */
export function readWithdrawals(root: string): Map<string, Withdrawal> {
  return new Map(
    readUrlLines(root, WITHDRAWN_FILE).map(({ url, rest, line }) => [
      url,
      { reason: rest.join(' '), line },
    ]),
  );
}

/**
 * The lines of a committed URL list (`/cases/x/ more words`, one a line, `#`
 * comments and blank lines skipped): each URL with the words after it and its
 * line number. Empty when there is no such file.
 */
export function readUrlLines(
  root: string,
  file: string,
): Array<{ url: string; rest: string[]; line: number }> {
  const path = join(root, file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((text, index) => {
      const [url = '', ...rest] = text.trim().split(/\s+/);
      return url.startsWith('/') ? [{ url, rest, line: index + 1 }] : [];
    });
}

/** The page of a URL that may name an anchor: `/cases/x/` of `/cases/x/#p-2`. */
export const pageOf = (url: string) => url.split('#')[0]!;

/** Whether a URL is withdrawn: itself, or the page it is an anchor of. */
export const isWithdrawn = (withdrawn: ReadonlyMap<string, Withdrawal>, url: string) =>
  withdrawn.has(url) || withdrawn.has(pageOf(url));

/** The registered URLs still to be served: the registry without the withdrawn ones. */
export function protectedUrls(root: string): string[] | undefined {
  const withdrawn = readWithdrawals(root);
  return readRegistry(root)?.filter((url) => !isWithdrawn(withdrawn, url));
}

/** Writes the registry sorted, so that additions show up as clean lines in a diff. */
export function writeRegistry(root: string, urls: Iterable<string>): void {
  const sorted = [...new Set(urls)].sort();
  writeFileSync(join(root, REGISTRY_FILE), [...HEADER, ...sorted, ''].join('\n'));
}

/**
 * Pages whose URL must stay: everything but numbered continuation pages of
 * lists (their content shifts as entries are added) and the 404 page.
 */
export const isPermanentPage = (pathname: string) =>
  !/\/\d+\/$/.test(pathname) && !pathname.endsWith('404.html');

/** Whether an anchor of a numbered page is one trainers cite (and the registry keeps): a numbered paragraph or part. */
export const isCitedAnchor = (anchor: string) => CITED_WHOLE.test(anchor);

const CITED_WHOLE = new RegExp(`^(?:${CITED_ANCHOR_PATTERN})$`);

const CITED_ANCHOR = new RegExp(`\\bid="(${CITED_ANCHOR_PATTERN})"`, 'g');
const REFRESH = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i;

/** An entry page (`/cases/x/`) of a collection whose paragraphs the table numbers. */
const isNumberedEntryPage = (page: string) => {
  const [, collection, id, rest] = page.split('/');
  return isCollection(collection) && isNumbered(collection) && !!id && rest === '';
};

/** A built site, read for the URLs it serves. */
export class BuiltSite {
  readonly #dist: string;
  readonly #base: string;
  readonly #html = new Map<string, string | undefined>();

  /** @param base the base path the site was built for (Astro's `base`), which its own links start with */
  constructor(dist: string, base = '/') {
    this.#dist = dist;
    this.#base = base;
  }

  /** Every page path (`/cases/x/`) of the build. */
  pages(): string[] {
    return builtPages(this.#dist)
      .filter(isFolderPage)
      .map((page) => page.path)
      .sort();
  }

  /** The URLs that should be registered: permanent pages and, on numbered entries' pages, their cited anchors. */
  permanentUrls(): string[] {
    return this.pages()
      .filter(isPermanentPage)
      .flatMap((page) => [
        page,
        ...(isNumberedEntryPage(page) && !this.#redirect(page)
          ? this.#anchors(page).map((id) => `${page}#${id}`)
          : []),
      ]);
  }

  /** Whether `url` (a page, optionally with `#anchor`) still leads somewhere, following alias redirects. */
  serves(url: string): boolean {
    const [page = '', anchor] = url.split('#');
    const target = this.#redirect(page) ?? page;
    if (this.#read(target) === undefined) return false;
    return anchor === undefined || this.#anchors(target).includes(anchor);
  }

  #read(page: string): string | undefined {
    if (!this.#html.has(page)) {
      const file = join(this.#dist, page, 'index.html');
      this.#html.set(page, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    }
    return this.#html.get(page);
  }

  /** Where a redirect page sends the reader, as a site path (without the base path). */
  #redirect(page: string): string | undefined {
    const target = REFRESH.exec(this.#read(page) ?? '')?.[1];
    return target?.startsWith(this.#base) ? `/${target.slice(this.#base.length)}` : target;
  }

  #anchors(page: string): string[] {
    return [...(this.#read(page) ?? '').matchAll(CITED_ANCHOR)].map((match) => match[1]!);
  }
}

/** How the registry and a build compare. */
export interface RegistryComparison {
  /** Registered URLs the build no longer serves: each one is a broken link somewhere. */
  missing: string[];
  /** URLs the build serves that are not registered yet. */
  added: string[];
}

/** Compares the registry with what a build serves. */
export function compareWithRegistry(
  registry: readonly string[],
  site: BuiltSite,
): RegistryComparison {
  const registered = new Set(registry);
  return {
    missing: registry.filter((url) => !site.serves(url)),
    added: site.permanentUrls().filter((url) => !registered.has(url)),
  };
}
