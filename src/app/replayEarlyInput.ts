/**
 * What the reader did before the app took the page over, as kept by the boot script
 * (scripts/bakedBoot.js): presses of the baked page's buttons and files dropped, in order, and
 * how deep a file drag is at the takeover (dragenter/dragleave fire once per element crossed).
 */
interface EarlyInput {
  readonly events: readonly EarlyEvent[];
  readonly dragDepth: number;
  /** Stops keeping presses: from React's hydrateRoot on, React answers them. */
  readonly stopPresses: () => void;
  /** Removes the boot script's listeners: from here on, the app's own answer. */
  readonly stop: () => void;
}

type EarlyEvent =
  | { readonly type: 'click'; readonly target: HTMLElement }
  | { readonly type: 'drop'; readonly file: File };

declare global {
  interface Window {
    crosscheckEarlyInput?: EarlyInput;
  }
}

/**
 * Stops keeping presses, as React takes the page: called just before hydrateRoot, which answers
 * presses from then on (hydrating the part pressed first). Drags and drops are still kept until
 * the app's drop target is in (replayEarlyInput).
 */
export function stopKeepingPresses(view: Window = window): void {
  view.crosscheckEarlyInput?.stopPresses();
}

/**
 * Hands the input kept before the takeover to the app, once its listeners are in (after its
 * first commit), and stops keeping it. A press on a button the takeover dropped is let go; a
 * drag still under way shows the app's drop overlay. Runs once: later calls find nothing.
 */
export function replayEarlyInput(view: Window = window): void {
  const input = view.crosscheckEarlyInput;
  if (!input) return;
  delete view.crosscheckEarlyInput;
  input.stop();
  for (const event of input.events) {
    if (event.type === 'click') {
      if (event.target.isConnected) event.target.click();
    } else {
      view.dispatchEvent(new DragEvent('drop', { dataTransfer: carry(event.file) }));
    }
  }
  for (let depth = 0; depth < input.dragDepth; depth += 1) {
    view.dispatchEvent(new DragEvent('dragenter', { dataTransfer: carry() }));
  }
}

/** A drag's data with `file` in it, or with only the kind "Files" where no file is given yet. */
function carry(file?: File): DataTransfer {
  const transfer = new DataTransfer();
  transfer.items.add(file ?? new File([], ''));
  return transfer;
}
