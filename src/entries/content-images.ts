import { closeSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { IMAGE_EXTENSIONS, IMAGE_FOLDER, LINK_FIX, MAX_IMAGE_BYTES } from './content-files.ts';
import { FORMAT_OF_EXTENSION, SNIFF_BYTES, sniffFormat } from './image-format.ts';

/** What is wrong with an image, in Chinese: the message and how to fix it. */
export interface ImageProblem {
  message: string;
  fix: string;
}

/** Where an entry's image reference leads: the image file, or why it may not be used. */
export type ImageTarget = { file: string } | { problem: ImageProblem };

const HOW = '写成 ![说明](../images/文件名.jpg)';
const limit = `${MAX_IMAGE_BYTES / 1024} KB`;

/**
 * Where an image an entry names leads, by the one rule for every way Markdown can
 * name it (inline, by reference, inside <Figure>): only a file directly in
 * content/images/, reached without a symbolic link. Used by the content check, to
 * report, and by the loader, which refuses to render anything else.
 * @param entryFile the entry's file, relative to the project root
 * @returns the image's file relative to the root, or the problem
 */
export function imageTarget(root: string, entryFile: string, url: string): ImageTarget {
  const shown = url.length > 50 ? `${url.slice(0, 50)}…` : url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('\\\\')) {
    return problem(
      `图片地址“${shown}”不在本站：页面不能从其他网站加载图片（内网读者打不开，也会泄露访问记录）。`,
      `把图片下载后放进 ${IMAGE_FOLDER}/，${HOW}。`,
    );
  }
  let path: string;
  try {
    path = decodeURI(url);
  } catch {
    return problem(
      `图片地址“${shown}”里的 % 写法有误，读不出文件名。`,
      `图片文件名只用小写字母、数字和连字符，${HOW}。`,
    );
  }
  return imageFileTarget(root, entryFile, path, shown);
}

/**
 * Where an image path, its `%` escapes decoded as Astro reads it, leads: see imageTarget.
 * @param shown the path as the editor wrote it, for messages
 */
export function imageFileTarget(
  root: string,
  entryFile: string,
  path: string,
  shown = path,
): ImageTarget {
  const imagesDir = join(root, IMAGE_FOLDER);
  const target = normalize(join(root, dirname(entryFile), path.replace(/\\/g, '/')));
  if (path.startsWith('/') || !target.startsWith(imagesDir + sep)) {
    return problem(
      `图片“${shown}”不在 ${IMAGE_FOLDER}/ 里。`,
      `把图片放进 ${IMAGE_FOLDER}/，${HOW}。`,
    );
  }
  const file = relative(root, target).split(sep).join('/');
  if (dirname(target) !== imagesDir) {
    return problem(
      `图片“${shown}”在 ${IMAGE_FOLDER}/ 的子文件夹里。`,
      `把图片直接放在 ${IMAGE_FOLDER}/ 下，${HOW}。`,
    );
  }
  const kind = fileKind(root, file);
  if (kind === 'missing')
    return problem(`找不到图片 ${file}。`, '检查文件名的拼写和大小写，并确认图片已经提交。');
  if (kind === 'link') return problem(`图片 ${file} 是一个符号链接。`, LINK_FIX);
  if (kind !== 'file') return problem(`${file} 不是图片文件。`, `${HOW}。`);
  const extension = extensionOf(file);
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension))
    return problem(`图片只收 JPEG、PNG、WebP：${file} ${notAccepted(extension)}。`, RESAVE);
  return { file };
}

/**
 * What is wrong with an image file itself, judged by its bytes, not its name: its
 * size, and whether its content is the JPEG, PNG or WebP its extension promises.
 * @param file relative to the project root
 */
export function imageFileProblems(root: string, file: string): ImageProblem[] {
  const path = join(root, file);
  const problems: ImageProblem[] = [];
  const size = lstatSync(path).size;
  if (size > MAX_IMAGE_BYTES) {
    problems.push({
      message: `图片有 ${Math.ceil(size / 1024)} KB，超过 ${limit}（1 MB）的上限。`,
      fix: '缩小尺寸（宽 1600 像素足够）或降低质量后另存。',
    });
  }
  const extension = extensionOf(file);
  const format = sniffFormat(readHead(path));
  const expected = Object.hasOwn(FORMAT_OF_EXTENSION, extension)
    ? FORMAT_OF_EXTENSION[extension]
    : undefined;
  if (format !== expected) {
    const what =
      format === 'SVG'
        ? '是 SVG 图片（SVG 可以夹带脚本，网站不收）'
        : format === 'HTML'
          ? '是网页或其他文字文件'
          : format
            ? `是 ${format}`
            : '不是 JPEG、PNG 或 WebP 图片';
    problems.push({ message: `文件扩展名是 ${extension}，内容却${what}。`, fix: RESAVE });
  }
  return problems;
}

const RESAVE = '用看图软件把它另存为真正的 JPEG、PNG 或 WebP 文件。';

const notAccepted = (extension: string) =>
  extension === '.svg' || extension === '.svgz'
    ? '是 SVG 图片，SVG 可以夹带脚本'
    : extension === '.avif'
      ? '是 AVIF 图片，部分手机浏览器不能显示'
      : '不是网页图片格式';

const problem = (message: string, fix: string): ImageTarget => ({ problem: { message, fix } });

const extensionOf = (file: string) =>
  file.includes('.') ? file.slice(file.lastIndexOf('.')).toLowerCase() : '';

/**
 * What is at `file`: a regular file, a symbolic link (anywhere on the way from the
 * root: the real path differs), something else, or nothing.
 */
function fileKind(root: string, file: string): 'file' | 'link' | 'other' | 'missing' {
  const path = join(root, file);
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) return 'link';
    if (realpathSync(path) !== join(realpathSync(root), file)) return 'link';
    return stats.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

function readHead(path: string): Buffer {
  const head = Buffer.alloc(SNIFF_BYTES);
  const fd = openSync(path, 'r');
  try {
    return head.subarray(0, readSync(fd, head, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}
