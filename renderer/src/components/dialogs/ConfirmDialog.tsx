import { useId, useState } from 'react';
import { Modal } from '../Modal';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** "Delete …?" with the consequence spelled out; the destructive button is not the default. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const messageId = useId();
  const [busy, setBusy] = useState(false);
  const confirm = (): void => {
    setBusy(true);
    onConfirm().finally(() => setBusy(false));
  };
  return (
    <Modal
      title={title}
      onClose={onClose}
      describedBy={messageId}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} autoFocus>
            Cancel
          </button>
          <button type="button" className="button danger" onClick={confirm} disabled={busy}>
            {busy ? 'Working…' : confirmLabel}
          </button>
        </>
      }
    >
      <p id={messageId}>{message}</p>
    </Modal>
  );
}
