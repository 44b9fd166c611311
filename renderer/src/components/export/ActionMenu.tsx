import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** One entry of an action menu. */
export interface MenuAction {
  label: string;
  /** A second line that says what the action does (e.g. where a PDF comes from). */
  hint?: string;
  run: () => void;
}

interface ActionMenuProps {
  /** The button's text (or symbol, with `label` for screen readers). */
  children: ReactNode;
  label?: string;
  className?: string;
  actions: MenuAction[];
}

/**
 * A button that opens a short menu of actions: Export on the story page, Cite and Link on a
 * finding. Escape or a click elsewhere closes it; arrow keys move between the entries.
 */
export function ActionMenu({ children, label, className, actions }: ActionMenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent): void => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      setOpen(false);
      root.current?.querySelector<HTMLElement>('[aria-haspopup]')?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const items = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
      const at = items.indexOf(document.activeElement as HTMLElement);
      const d = e.key === 'ArrowDown' ? 1 : -1;
      items[(at + d + items.length) % items.length]?.focus();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="action-menu" ref={root} onKeyDown={onKey}>
      <button
        type="button"
        className={className ?? 'button'}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={label}
        onClick={() => setOpen(!open)}
      >
        {children}
      </button>
      {open ? (
        <ul className="menu" role="menu" id={id}>
          {actions.map((a) => (
            <li key={a.label} role="none">
              <button
                type="button"
                role="menuitem"
                className="menu-item"
                onClick={() => {
                  setOpen(false);
                  a.run();
                }}
              >
                <span>{a.label}</span>
                {a.hint ? <span className="menu-hint">{a.hint}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
