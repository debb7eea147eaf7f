import { openSync, readSync, closeSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import {
  IMAGE_EXTENSIONS,
  IMAGE_FOLDER,
  MAX_IMAGE_BYTES,
  isIgnoredFile,
} from '../../lib/content-files.ts';
import { error, FILE_START, type Finding } from '../finding.ts';
import type { CheckContext } from '../context.ts';
import { placeOf, walk } from '../mdx-tree.ts';

/** The first bytes of each accepted format, so a renamed SVG or HTML file is caught. */
const SIGNATURES: Array<{ format: string; test: (head: Buffer) => boolean }> = [
  { format: 'JPEG', test: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff },
  {
    format: 'PNG',
    test: (head) =>
      head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    format: 'WebP',
    test: (head) =>
      head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP',
  },
];

const limit = `${MAX_IMAGE_BYTES / 1024} KB`;

/**
 * Images come only from the repository's content/images/, as JPEG, PNG or WebP
 * under the size limit: checked both where entries use them and on the files.
 */
export function checkImages({ root, entries }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const imagesDir = join(root, IMAGE_FOLDER);
  for (const entry of entries) {
    if (!entry.tree) continue;
    walk(entry.tree, (node) => {
      if (node.type !== 'image' || node.url === undefined) return;
      const place = placeOf(node);
      const url = node.url.trim();
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
        findings.push(
          error(
            entry.file,
            place,
            'image',
            `图片地址“${url.slice(0, 50)}”不在本站：页面不能从其他网站加载图片（内网读者打不开，也会泄露访问记录）。`,
            `把图片下载后放进 ${IMAGE_FOLDER}/，写成 ![说明](../images/文件名.jpg)。`,
          ),
        );
        return;
      }
      const target = normalize(join(root, dirname(entry.file), decodeURI(url)));
      if (url.startsWith('/') || !target.startsWith(imagesDir + sep)) {
        findings.push(
          error(
            entry.file,
            place,
            'image',
            `图片“${url}”不在 ${IMAGE_FOLDER}/ 里。`,
            `把图片放进 ${IMAGE_FOLDER}/，写成 ![说明](../images/文件名.jpg)。`,
          ),
        );
        return;
      }
      if (!exists(target)) {
        findings.push(
          error(
            entry.file,
            place,
            'image',
            `找不到图片 ${relative(root, target).split(sep).join('/')}。`,
            '检查文件名的拼写和大小写，并确认图片已经提交。',
          ),
        );
      }
    });
  }
  for (const name of listImages(imagesDir))
    findings.push(...checkImageFile(root, `${IMAGE_FOLDER}/${name}`));
  return findings;
}

function checkImageFile(root: string, file: string): Finding[] {
  const extension = file.slice(file.lastIndexOf('.')).toLowerCase();
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) return [];
  const path = join(root, file);
  const size = statSync(path).size;
  const findings: Finding[] = [];
  if (size > MAX_IMAGE_BYTES) {
    findings.push(
      error(
        file,
        FILE_START,
        'image',
        `图片有 ${Math.ceil(size / 1024)} KB，超过 ${limit}（1 MB）的上限。`,
        '缩小尺寸（宽 1600 像素足够）或降低质量后另存。',
      ),
    );
  }
  const head = readHead(path);
  const format = SIGNATURES.find((signature) => signature.test(head))?.format;
  const expected = extension === '.png' ? 'PNG' : extension === '.webp' ? 'WebP' : 'JPEG';
  if (format !== expected) {
    findings.push(
      error(
        file,
        FILE_START,
        'image',
        `文件扩展名是 ${extension}，内容却${format ? `是 ${format}` : '不是 JPEG、PNG 或 WebP 图片'}。`,
        '用看图软件把它另存为真正的 JPEG、PNG 或 WebP 文件。',
      ),
    );
  }
  return findings;
}

function listImages(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => !isIgnoredFile(name) && statSync(join(dir, name)).isFile())
      .sort();
  } catch {
    return [];
  }
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function readHead(path: string): Buffer {
  const head = Buffer.alloc(12);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 12, 0);
  } finally {
    closeSync(fd);
  }
  return head;
}
