import type { Toast } from '../hooks/useToasts';

interface ToastsProps {
  toasts: Toast[];
  onDismiss: (id: number) => void;
}

/** Messages at the bottom right: errors as alerts (announced at once), the rest as status. */
export function Toasts({ toasts, onDismiss }: ToastsProps) {
  return (
    <div className="toasts" aria-label="Notifications">
      {toasts.map((t) => (
        <div
          key={t.id}
          className={`toast toast-${t.kind}`}
          role={t.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{t.message}</p>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={() => onDismiss(t.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
