/** The file as base64 without the "data:…;base64," prefix, as the import methods take it. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The same limit as the core's schema, checked before reading so a huge file is not sent at all. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
