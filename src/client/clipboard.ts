/** How a copy went: onto the clipboard, or shown for the reader to copy by hand. */
export type CopyResult = 'copied' | 'manual';

/**
 * Copies text. The Clipboard API needs a secure context, which an intranet served
 * over plain http is not; there the older selection-and-copy command still works
 * in most browsers, and where neither does the caller shows the text to copy by hand.
 */
export async function copyText(text: string): Promise<CopyResult> {
  try {
    if (window.isSecureContext && navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused (permissions, focus): fall through to the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied ? 'copied' : 'manual';
}

/** A read-only box holding `text`, selected, for copying by hand when the browser will not copy it. */
export function manualCopyBox(text: string): HTMLTextAreaElement {
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.rows = 3;
  area.className = 'mt-2 w-full rounded border border-line bg-surface p-2 text-base';
  area.setAttribute('aria-label', '请选中后复制');
  queueMicrotask(() => {
    area.focus();
    area.select();
  });
  return area;
}

/** Today as YYYY-MM-DD in the reader's time zone, for 引用日期. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
