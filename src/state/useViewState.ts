import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './viewState';

const changeEvent = 'crosscheck:navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(changeEvent, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(changeEvent, listener);
  };
}

const getSearch = () => window.location.search;

/** The view state in the URL, and a way to change it that the back button can undo. */
export function useViewState() {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const parsed = useMemo(() => parseViewState(search), [search]);
  const navigate = useCallback((next: ViewState) => {
    const url = `${window.location.pathname}${serializeViewState(next)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      window.history.pushState(null, '', url);
      window.dispatchEvent(new Event(changeEvent));
    }
  }, []);
  return { state: parsed.state, notices: parsed.notices, navigate };
}

/**
 * The link for a state, for real <a href> elements (open in a new tab, copy link). Relative, and
 * the same wherever it is worked out: the page baked at build time and the page that takes it
 * over must agree on every attribute. The default state is the page's own folder ("./").
 */
export function getViewHref(state: ViewState): string {
  return serializeViewState(state) || './';
}
