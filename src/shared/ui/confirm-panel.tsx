import { useEffect, useId, useRef } from 'react';
import { Button } from './button';

export interface ConfirmPanelProps {
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Danger styles the confirm button red, for actions that lose data. */
  tone?: 'primary' | 'danger';
  busy?: boolean;
}

/**
 * An inline confirmation (no modal, works on any screen size). Focus moves to Cancel, the safe
 * choice, so a double tap never confirms a destructive action by accident.
 */
export function ConfirmPanel({ message, confirmLabel, cancelLabel, onConfirm, onCancel, tone = 'danger', busy = false }: ConfirmPanelProps) {
  const messageId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancelRef.current?.focus();
  }, []);
  return (
    <div className="gw-confirm" role="alertdialog" aria-labelledby={messageId}>
      <p id={messageId} className="gw-confirm__message">
        {message}
      </p>
      <div className="gw-confirm__actions">
        <Button variant={tone} onClick={onConfirm} disabled={busy} busy={busy}>
          {confirmLabel}
        </Button>
        <Button ref={cancelRef} variant="secondary" onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
