import { useState } from 'react';
import type { Dataset } from '../data/datasetSchema';
import { serializeViewState, updateViewState, type ViewState } from '../state/viewState';
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
    // dataset it says so. The clipboard is handed a promise at once, inside the click.
    const link = fingerprintShort(dataset).then((fp) => {
      const query = serializeViewState({ ...state, fp });
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
    write.then(
      () => setStatus('Link copied: it opens this view, with these filters, for anyone.'),
      () =>
        void link.then(
          (text) => setStatus(`Copying was refused; the link is ${text}`),
          (error: unknown) => setStatus(`Could not make the link: ${String(error)}`),
        ),
    );
  };
  const dark = state.theme === 'dark';
  return (
    <div className="view-toolbar">
      <button type="button" className="secondary" onClick={copyLink}>
        Copy link
      </button>
      <button
        type="button"
        className="secondary"
        aria-pressed={dark}
        onClick={() => navigate(updateViewState(state, { theme: dark ? undefined : 'dark' }))}
      >
        Dark theme
      </button>
      <span className="toolbar-status" role="status">
        {status}
      </span>
    </div>
  );
}
