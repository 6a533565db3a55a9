import { Button } from './button';

export interface SubmitOrCancelProps {
  /** The submit button's words, e.g. "Save resident". */
  submitLabel: string;
  /** Shown on the submit button while `busy`, e.g. "Saving…" (defaults to submitLabel). */
  busyLabel?: string;
  cancelLabel: string;
  busy: boolean;
  onCancel: () => void;
}

/** A form's footer: its submit button, then Cancel; both wait while the form is busy. */
export function SubmitOrCancel({ submitLabel, busyLabel, cancelLabel, busy, onCancel }: SubmitOrCancelProps) {
  return (
    <div className="gw-actions">
      <Button type="submit" disabled={busy} busy={busy}>
        {busy && busyLabel ? busyLabel : submitLabel}
      </Button>
      <Button variant="secondary" onClick={onCancel} disabled={busy}>
        {cancelLabel}
      </Button>
    </div>
  );
}
