import { findMisplacedFiles } from '../../entries/content-files.ts';
import { error, FILE_START, type Finding } from '../finding.ts';
import type { CheckContext } from '../context.ts';

/** Files under content/ that would not become entries: wrong names, extensions, folders. */
export function checkFiles({ root }: CheckContext): Finding[] {
  return findMisplacedFiles(root).map((file) =>
    error(file.path, FILE_START, 'file-name', file.problem ?? '这个文件不会被收录。', file.message),
  );
}
