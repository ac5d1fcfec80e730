import type { ReactNode, RefObject } from 'react';

interface Props {
  /** the button's words, e.g. "Add a person" */
  label: string;
  panelId: string;
  open: boolean;
  onToggle(): void;
  /** so a form that closes can hand focus back to the button */
  buttonRef?: RefObject<HTMLButtonElement | null>;
  children: ReactNode;
}

/** A button that opens and closes the panel below it (a form, usually), announcing which it is. */
export function Disclosure({ label, panelId, open, onToggle, buttonRef, children }: Props) {
  return (
    <>
      <button type="button" ref={buttonRef} aria-expanded={open} aria-controls={panelId} onClick={onToggle}>
        {label}
      </button>
      <div id={panelId}>{open ? children : null}</div>
    </>
  );
}
