import { useState } from 'react';
import type { Dataset } from '../../data/schema/datasetSchema';
import { readImportedId } from '../../data/load/importedPath';
import { useTheme } from '../../lib/useTheme';
import { serializeViewState, updateViewState, type ViewState } from '../../state/viewState';
import { fingerprintShort } from './useVersionNotice';

interface ViewToolbarProps {
  readonly state: ViewState;
  readonly dataset: Dataset;
  readonly navigate: (state: ViewState) => void;
}

/** Sharing and display: copy the link to exactly this view, switch the theme. */
export function ViewToolbar({ state, dataset, navigate }: ViewToolbarProps) {
  const [status, setStatus] = useState('');
  const copyLink = () => {
    // The link carries the dataset's fingerprint, so that opened on another version of the
    // dataset it says so; where it cannot be computed (no crypto.subtle outside https and
    // localhost), the link goes without it. The clipboard is handed a promise at once, inside
    // the click, so the browser keeps the person's permission while it is computed.
    const link = fingerprintShort(dataset)
      .catch(() => undefined)
      .then((fp) => {
        const query = serializeViewState(fp ? { ...state, fp } : state);
        return new URL(query || window.location.pathname, window.location.href).href;
      });
    const write =
      typeof ClipboardItem !== 'undefined' && 'write' in navigator.clipboard
        ? navigator.clipboard.write([
            new ClipboardItem({
              'text/plain': link.then((text) => new Blob([text], { type: 'text/plain' })),
            }),
          ])
        : link.then((text) => navigator.clipboard.writeText(text));
    const reach =
      readImportedId(state.dataset ?? '') !== undefined
        ? 'it opens this view in this browser only, where the dataset is imported: send the dataset (Datasets, Download) with it'
        : 'it opens this view, with these filters, for anyone';
    write.then(
      () => setStatus(`Link copied: ${reach}.`),
      () => void link.then((text) => setStatus(`Copying was refused; the link is ${text}`)),
    );
  };
  const dark = useTheme(state.theme) === 'dark';
  return (
    <div className="view-toolbar">
      <button type="button" className="secondary" onClick={copyLink}>
        Copy link
      </button>
      <button
        type="button"
        className="secondary"
        aria-pressed={dark}
        onClick={() => navigate(updateViewState(state, { theme: dark ? 'light' : 'dark' }))}
      >
        Dark theme
        {/* The state, seen; heard from aria-pressed ("Dark theme, toggle button, pressed"). */}
        <span className="toggle-state" aria-hidden="true">
          {dark ? 'On' : 'Off'}
        </span>
      </button>
      <span className="toolbar-status" role="status">
        {status}
      </span>
    </div>
  );
}
