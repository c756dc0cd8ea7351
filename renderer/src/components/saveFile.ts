/** What the core sends for a file: text as it is, or bytes as base64 (XLSX, PDF, attachments). */
export type FileContent = { text: string } | { base64: string };

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Saves a file through a temporary link, as a browser download does: it works in the browser preview
 * and in Electron (which asks where to save), without any file access in the renderer.
 */
export function saveFile(fileName: string, content: FileContent, type = 'text/plain;charset=utf-8'): void {
  const data = 'text' in content ? content.text : Uint8Array.from(atob(content.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A chosen file as base64 without the "data:…;base64," prefix, as the core takes it. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
