import { useState } from 'react';
import { updateViewState, type ViewState } from '../state/viewState';

/** Sharing and display: copy the link to exactly this view, switch the theme. */
export function ViewToolbar(props: { state: ViewState; navigate: (state: ViewState) => void }) {
  const { state, navigate } = props;
  const [status, setStatus] = useState('');
  const copyLink = () => {
    const link = window.location.href;
    navigator.clipboard.writeText(link).then(
      () => setStatus('Link copied: it opens this view, with these filters, for anyone.'),
      () => setStatus(`Copying was refused; the link is ${link}`),
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
