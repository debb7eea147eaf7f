/** A large QR code in a modal dialog, sized for projecting in a classroom. */
export function showQrDialog(svg: string, caption: string, returnFocus: HTMLElement): void {
  const dialog = document.createElement('dialog');
  dialog.className = 'qr-dialog';
  dialog.setAttribute('aria-label', caption);
  const figure = document.createElement('figure');
  // The SVG was made at build time by this site (common/qr.ts) from our own URL; it carries no script.
  figure.innerHTML = svg;
  const text = document.createElement('figcaption');
  text.textContent = caption;
  figure.append(text);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'min-h-12 rounded border border-line bg-surface px-6 text-lg';
  close.textContent = '关闭';
  close.addEventListener('click', () => dialog.close());
  dialog.append(figure, close);
  dialog.addEventListener('close', () => {
    dialog.remove();
    returnFocus.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
}
