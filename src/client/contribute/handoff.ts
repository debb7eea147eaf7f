import {
  FORGE_NAMES,
  fitsForge,
  newFileUrl,
  requestBytes,
  URL_BUDGET,
  type Repository,
} from '../../common/forge-links.ts';
import { copyText } from '../clipboard.ts';

/** How the file reaches the forge: in the link itself, or by the clipboard when the link would be too long. */
export interface Handoff {
  /** The new-file page to open. */
  url: string;
  /** True when the link carries the content; false when the editor pastes it. */
  prefilled: boolean;
  /** The prefilled link's size in bytes, for the message. */
  bytes: number;
}

/** The forge link for a file: prefilled when it fits the forge's URL limit, else with the name only. */
export function handoff(
  repository: Repository,
  folder: string,
  name: string,
  content: string,
): Handoff {
  const full = newFileUrl(repository, folder, { name, content });
  const bytes = requestBytes(full);
  return fitsForge(repository, full)
    ? { url: full, prefilled: true, bytes }
    : { url: newFileUrl(repository, folder, { name }), prefilled: false, bytes };
}

/** What to tell the editor after the new-file page opened, in steps. */
export async function handoffMessage(
  repository: Repository,
  link: Handoff,
  name: string,
  content: string,
): Promise<string> {
  const forge = FORGE_NAMES[repository.forge];
  const submit = `填写提交说明，选择“新建合并请求”（或“创建新分支并发起合并请求”），提交。合并请求的检查通过、有人审核后，条目就会发布。`;
  if (link.prefilled)
    return `已在新窗口打开 ${forge} 的新建文件页面，文件名 ${name} 和内容都已填好。请核对后${submit}`;
  const copied = (await copyText(content)) === 'copied';
  const too = `文件太长（网址会有 ${link.bytes.toLocaleString('zh-CN')} 字节，${forge} 最多接受约 ${URL_BUDGET[repository.forge].toLocaleString('zh-CN')} 字节），不能放进网址。`;
  return copied
    ? `${too}已把文件内容复制到剪贴板，并在新窗口打开了新建文件页面，文件名 ${name} 已填好。接下来：1. 点页面的编辑区，按 Ctrl+V（手机上长按，选“粘贴”）粘贴；2. 核对文件名；3. ${submit}`
    : `${too}浏览器没有允许复制。请点“下载文件”保存，或展开“查看生成的文件”全选复制；然后在新窗口打开的新建文件页面（文件名 ${name} 已填好）里粘贴，再${submit}`;
}
