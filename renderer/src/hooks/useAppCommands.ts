import { useEffect, useRef } from 'react';
import { subscribe } from '../api/client';
import type { EventPayload } from '../../../contract/events';

/** What the keyboard shortcuts, the native menu and backend notices can ask the app to do. */
export interface AppCommands {
  importFiles: () => void;
  paste: () => void;
  find: () => void;
  toggleTheme: () => void;
  checkLibrary: () => void;
  filesOpened: (files: EventPayload<'files:opened'>['files']) => void;
  notice: (kind: 'info' | 'error', message: string) => void;
}

/**
 * Wires Ctrl/Cmd+I (import) and Ctrl/Cmd+K (search), the Electron menu's `menu:invoked`,
 * `files:opened` and `notice:shown`. The handlers are read through a ref so subscriptions are
 * made once, not on every render.
 */
export function useAppCommands(commands: AppCommands): void {
  const ref = useRef(commands);
  useEffect(() => {
    ref.current = commands;
  }, [commands]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key === 'i') {
        e.preventDefault();
        ref.current.importFiles();
      } else if (key === 'k') {
        e.preventDefault();
        ref.current.find();
      }
    };
    window.addEventListener('keydown', onKey);
    const offs = [
      subscribe('menu:invoked', ({ action }) => {
        const c = ref.current;
        if (action === 'import-files') c.importFiles();
        else if (action === 'paste') c.paste();
        else if (action === 'find') c.find();
        else if (action === 'check-library') c.checkLibrary();
        else c.toggleTheme();
      }),
      subscribe('files:opened', ({ files }) => ref.current.filesOpened(files)),
      subscribe('notice:shown', ({ kind, message }) => ref.current.notice(kind, message)),
    ];
    return () => {
      window.removeEventListener('keydown', onKey);
      for (const off of offs) off();
    };
  }, []);
}
