import { Suspense, useId, useState, type KeyboardEvent, type ReactNode } from 'react';

interface DisclosureProps {
  /** On the button: "Export chart". */
  readonly label: string;
  /** Its accessible name, which names the chart: "Export chart: Casualties". */
  readonly name: string;
  /** Said while the panel's code arrives: "Opening the export choices". */
  readonly opening: string;
  /** Called as the button opens the panel: start loading what it will need. */
  readonly onOpen?: () => void;
  /** The panel, given its id (for aria-controls) and a way to close it and return focus. */
  readonly children: (panelId: string, close: () => void) => ReactNode;
}

/**
 * A button beside a chart that opens its panel below it (export choices, the edit form), whose
 * code loads on first use. Escape closes it and returns to the button.
 */
export function Disclosure({ label, name, opening, onOpen, children }: DisclosureProps) {
  const panelId = useId();
  const buttonId = `${panelId}-button`;
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    // Found by id, not a ref: the panel is handed `close` while it is drawn.
    document.getElementById(buttonId)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  return (
    <div className="export-menu" onKeyDown={onKeyDown}>
      <button
        id={buttonId}
        type="button"
        className="secondary"
        aria-label={name}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((o) => !o);
          onOpen?.();
        }}
      >
        {label}
      </button>
      {open ? (
        <Suspense
          fallback={
            <p id={panelId} className="export-status" role="status">
              {opening}&hellip;
            </p>
          }
        >
          {children(panelId, close)}
        </Suspense>
      ) : null}
    </div>
  );
}
