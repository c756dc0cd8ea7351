/**
 * Saves text as a file through a temporary link: works in the browser preview and in Electron
 * (which asks where to save), without any file access in the renderer.
 */
export function downloadFile(fileName: string, content: string, type = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; revoking later leaves it time to start.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
