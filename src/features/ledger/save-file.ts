/**
 * Handing a made file to the user: saved through the browser's download (the Downloads folder of an
 * Android phone, the office PC's), or offered to the phone's share sheet (WeChat, e-mail) where the
 * browser can share files.
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name without characters file systems refuse. */
export function safeFileName(name: string): string {
  const printable = [...name].filter((char) => char.charCodeAt(0) >= 0x20).join('');
  return printable.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim();
}

export function xlsxFile(bytes: Uint8Array, name: string): File {
  return new File([new Uint8Array(bytes)], safeFileName(name), { type: XLSX_TYPE });
}

/** Saves the file through a download. */
export function downloadFile(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the data by the next turn; a minute leaves slow phones room.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Whether this browser can hand the file to the share sheet. */
export function canShareFile(file: File): boolean {
  return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

/** Opens the share sheet; false when the user closed it or sharing failed. */
export async function shareFile(file: File): Promise<boolean> {
  try {
    await navigator.share({ files: [file], title: file.name });
    return true;
  } catch {
    return false;
  }
}
