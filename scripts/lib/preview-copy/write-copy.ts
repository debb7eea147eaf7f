import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { builtFiles, isPrecompressedCopy } from '../../../src/postbuild/built-files.ts';
import { openerPage, PREVIEW_SITE_FOLDER, PREVIEW_STYLE, type OpenerFacts } from './opener.ts';
import { relativeAddress, rewritePageAddresses, type SiteLayout } from './relative-links.ts';

/** The built site's files but the compressed copies for nginx, as paths inside it with `/` between folders. */
function filesOf(dist: string): string[] {
  return builtFiles(dist)
    .filter((file) => !isPrecompressedCopy(file))
    .map((file) => relative(dist, file.file).split(sep).join('/'));
}

/** The address and path the site was built for, as its home page says (canonical link, `<html data-base>`). */
function layoutOf(dist: string, files: Set<string>): SiteLayout {
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  const base = /<html[^>]*\sdata-base="([^"]*)"/.exec(home)?.[1] ?? '/';
  const url = /<link rel="canonical" href="([^"]*)"/.exec(home)?.[1] ?? base;
  return { base, url, hasFile: (path) => files.has(path) };
}

const BANNER_STYLE = `.preview-banner{margin:0;padding:.5rem 1rem;background:#fff3c4;color:#3d2e00;border-bottom:2px solid #c99a00;font-size:1rem;line-height:1.8}
.preview-banner a{color:#3d2e00;text-decoration:underline}
.preview-opener{margin:0;background:#fff;color:#1f2328;font-family:system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei",sans-serif;font-size:1.0625rem;line-height:1.8}
.preview-opener main{max-width:44rem;margin:0 auto;padding:1rem}
.preview-opener a{color:#0b5cad}
.preview-opener code{font-size:.9em;word-break:break-all}
.preview-opener .preview-start{display:inline-block;padding:.5rem 1.25rem;border-radius:.375rem;background:#b3261e;color:#fff;font-weight:700;text-decoration:none}
`;

/** The notice at the top of every page of the copy, saying what it is and where its first page is. */
function banner(page: string): string {
  const up = '../'.repeat(page.split('/').length);
  return `<p class="preview-banner" role="note"><strong>预览</strong>：这是合并请求的预览副本，不是正式网站。从文件夹直接打开时只能阅读，检索等功能不能用。<a href="${up}index.html">预览说明和改动的页面</a></p>`;
}

/** A page of the copy: addresses relative, the preview's style and notice added. */
function previewPage(html: string, page: string, site: SiteLayout): string {
  const style = relativeAddress(`${site.base}${PREVIEW_STYLE}`, page, site);
  return rewritePageAddresses(html, page, site)
    .replace(/<\/head>/i, () => `<link rel="stylesheet" href="${style}"></head>`)
    .replace(/<body\b[^>]*>/i, (tag) => tag + banner(page));
}

/**
 * Writes the preview folder: the built site (`dist`) under `site/`, every address in its
 * pages and stylesheets relative so that it opens from disk and under any path, without
 * the compressed copies meant for nginx; and a first page (`index.html`) for reviewers.
 * Returns the number of site files written.
 */
export function writePreviewCopy(
  dist: string,
  out: string,
  facts: Omit<OpenerFacts, 'pageAddress'>,
): number {
  const files = filesOf(dist);
  const site = layoutOf(dist, new Set(files));
  rmSync(out, { recursive: true, force: true });
  const into = join(out, PREVIEW_SITE_FOLDER);
  for (const file of files) {
    const target = join(into, file);
    mkdirSync(dirname(target), { recursive: true });
    if (file.endsWith('.html')) {
      writeFileSync(target, previewPage(readFileSync(join(dist, file), 'utf8'), file, site));
    } else if (file.endsWith('.css')) {
      const css = readFileSync(join(dist, file), 'utf8');
      writeFileSync(
        target,
        css.replace(
          /url\(\s*(['"]?)([^'")\s]+)\1\s*\)/g,
          (_, quote: string, address: string) =>
            `url(${quote}${relativeAddress(address, file, site)}${quote})`,
        ),
      );
    } else copyFileSync(join(dist, file), target);
  }
  mkdirSync(dirname(join(into, PREVIEW_STYLE)), { recursive: true });
  writeFileSync(join(into, PREVIEW_STYLE), BANNER_STYLE);
  const pageAddress = (url: string) =>
    `${PREVIEW_SITE_FOLDER}/${relativeAddress(`${site.base}${url.replace(/^\//, '')}`, 'index.html', site)}`;
  writeFileSync(join(out, 'index.html'), openerPage({ ...facts, pageAddress }));
  return files.length;
}
