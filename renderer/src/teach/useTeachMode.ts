// Whether teach mode is on: remembered in localStorage, so a class that switched it on finds it
// on after a restart (the desktop app and browser mode each keep their own storage).
import { useCallback, useState } from 'react';

const KEY = 'retold.teachMode';

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

/** Teach mode's switch. */
export function useTeachMode(): { on: boolean; setOn: (on: boolean) => void } {
  const [on, setState] = useState(stored);
  const setOn = useCallback((value: boolean): void => {
    setState(value);
    try {
      localStorage.setItem(KEY, value ? 'on' : 'off');
    } catch {
      // storage unavailable: the choice lasts for this page only
    }
  }, []);
  return { on, setOn };
}
