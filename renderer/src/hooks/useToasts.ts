import { useCallback, useRef, useState } from 'react';

/** A short message at the edge of the window. */
export interface Toast {
  id: number;
  kind: 'info' | 'error';
  message: string;
}

const INFO_MS = 5000;

/** Toasts: information fades after a few seconds; errors stay until dismissed. */
export function useToasts(): {
  toasts: Toast[];
  show: (kind: Toast['kind'], message: string) => void;
  dismiss: (id: number) => void;
} {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);

  const show = useCallback(
    (kind: Toast['kind'], message: string) => {
      const id = nextId.current++;
      // the same error twice in a row (e.g. two refreshes failing) is shown once
      setToasts((list) =>
        list.some((t) => t.message === message) ? list : [...list, { id, kind, message }].slice(-4),
      );
      if (kind === 'info') window.setTimeout(() => dismiss(id), INFO_MS);
    },
    [dismiss],
  );

  return { toasts, show, dismiss };
}
