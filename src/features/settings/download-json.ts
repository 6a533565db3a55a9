/** Saves a value as a JSON file the user keeps (a download link clicked in code; no network involved). */
export function downloadJson(fileName: string, value: unknown, doc: Document = document): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** gridwalk-unsent-2024-05-02.json: the local date of the export. */
export function unsentFileName(exportedAt: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `gridwalk-unsent-${exportedAt.getFullYear()}-${pad(exportedAt.getMonth() + 1)}-${pad(exportedAt.getDate())}.json`;
}
