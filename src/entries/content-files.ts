import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import {
  COLLECTIONS,
  ID_PATTERN,
  contentFolder,
  type CollectionName,
} from '../common/collections.ts';
import { fileNameMessage } from '../common/check-words.ts';

/** The folder for images used in entries, relative to the project root. */
export const IMAGE_FOLDER = 'content/images';

/** Image formats every phone browser shows and that cannot carry script (SVG can; AVIF is not shown everywhere). */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'] as const;

/** The largest image file accepted, in bytes: phones on slow intranets load every page's images. */
export const MAX_IMAGE_BYTES = 1024 * 1024;

/** How to fix a symbolic link under content/. */
export const LINK_FIX =
  '把文件本身（不是链接）放到这里再提交，或删除这个链接：链接可以指向仓库以外的文件，审核人在合并请求里只看得到一行路径。';

/** True for files that editors keep beside entries on purpose (notes, templates): `_name`, or hidden files. */
export const isIgnoredFile = (name: string) => name.startsWith('_') || name.startsWith('.');

/**
 * The `.mdx` entry files of a collection, full paths, sorted by name; none when its
 * folder is missing. Symbolic links are never followed (findMisplacedFiles reports them).
 */
export function entryFiles(root: string, collection: CollectionName): string[] {
  const folder = join(root, contentFolder(collection));
  if (isLink(join(root, 'content')) || isLink(folder)) return [];
  return safeReaddir(folder)
    .filter((name) => name.endsWith('.mdx') && !isIgnoredFile(name))
    .map((name) => join(folder, name))
    .filter((path) => !isLink(path));
}

/** A file under content/ that would not become an entry, and why. */
export interface MisplacedFile {
  /** Path relative to the project root. */
  path: string;
  /** What is wrong, in Chinese, when it is more than that the file is left out. */
  problem?: string;
  /** What is wrong and how to fix it, in Chinese. */
  message: string;
}

/**
 * Finds every file under content/ that the loaders would pass over, so that no
 * entry an editor added is silently left out of the site.
 */
export function findMisplacedFiles(root: string): MisplacedFile[] {
  const found: MisplacedFile[] = linksUnder(root, 'content');
  const contentDir = join(root, 'content');
  if (isLink(contentDir)) return found;
  for (const name of safeReaddir(contentDir)) {
    if (isIgnoredFile(name)) continue;
    const path = `content/${name}`;
    if (isLink(join(root, path))) continue;
    if (!isDirectory(join(contentDir, name))) {
      found.push({
        path,
        message: `content/ 下只放栏目文件夹（${COLLECTIONS.join('、')}）和 images 图片文件夹，请把此文件移入对应文件夹。`,
      });
    } else if (path === IMAGE_FOLDER) {
      found.push(...misplacedImages(root));
    } else if (!(COLLECTIONS as readonly string[]).includes(name)) {
      found.push({
        path,
        message: `不认识的栏目文件夹“${name}”。可用的栏目：${COLLECTIONS.join('、')}；图片放在 content/images/。`,
      });
    } else {
      found.push(...misplacedIn(root, name as CollectionName));
    }
  }
  return found;
}

function misplacedIn(root: string, collection: CollectionName): MisplacedFile[] {
  const folder = contentFolder(collection);
  return safeReaddir(join(root, folder))
    .filter((name) => !isIgnoredFile(name) && !isLink(join(root, folder, name)))
    .flatMap((name): MisplacedFile[] => {
      const path = `${folder}/${name}`;
      if (isDirectory(join(root, path))) {
        return [
          {
            path,
            message: `栏目文件夹里不能再建子文件夹，请把其中的 .mdx 文件直接放在 ${folder}/ 下。`,
          },
        ];
      }
      if (!name.endsWith('.mdx')) {
        return [
          {
            path,
            message: `只收录 .mdx 文件。请把它改名为 .mdx；若只是备注，请在文件名前加下划线 _ 。`,
          },
        ];
      }
      const id = name.slice(0, -'.mdx'.length);
      if (!ID_PATTERN.test(id)) {
        return [
          {
            path,
            message: fileNameMessage(id),
          },
        ];
      }
      return [];
    });
}

function misplacedImages(root: string): MisplacedFile[] {
  return safeReaddir(join(root, IMAGE_FOLDER))
    .filter((name) => !isIgnoredFile(name) && !isLink(join(root, IMAGE_FOLDER, name)))
    .flatMap((name): MisplacedFile[] => {
      const path = `${IMAGE_FOLDER}/${name}`;
      if (isDirectory(join(root, path)))
        return [
          { path, message: `images 里不能再建子文件夹，请把图片直接放在 ${IMAGE_FOLDER}/ 下。` },
        ];
      const extension = name.slice(name.lastIndexOf('.')).toLowerCase();
      if ((IMAGE_EXTENSIONS as readonly string[]).includes(extension)) return [];
      const why =
        extension === '.svg'
          ? 'SVG 图片可以夹带脚本'
          : extension === '.avif'
            ? '部分手机浏览器不能显示 AVIF'
            : '不是网页图片格式';
      return [
        { path, message: `图片只收 JPEG、PNG、WebP（${why}）。请另存为 .jpg、.png 或 .webp。` },
      ];
    });
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/**
 * Every symbolic link at or under `dir` (relative to the root), dangling ones
 * included, whatever its name: the site would publish what it points to, from
 * anywhere on the machine, while a reviewer sees only a path. Links are not followed.
 */
function linksUnder(root: string, dir: string): MisplacedFile[] {
  const path = join(root, dir);
  if (isLink(path)) {
    let target = '';
    try {
      target = readlinkSync(path);
    } catch {
      // Unreadable: said without the target.
    }
    return [
      {
        path: dir,
        problem: `这是一个符号链接${target ? `（指向 ${target}）` : ''}，不是文件本身，网站不收录。`,
        message: LINK_FIX,
      },
    ];
  }
  if (!isDirectory(path)) return [];
  return safeReaddir(path).flatMap((name) => linksUnder(root, `${dir}/${name}`));
}

/** Whether `path` is a directory itself (a link to one is not). */
function isDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `path` is a symbolic link, dangling or not. */
function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
