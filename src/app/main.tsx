// First, so that the dataset starts loading before the rest of the bundle is evaluated.
import { firstScreenReady, queryClient } from './startDatasetLoad';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/states.css';
import './styles/tables.css';
import './styles/popover.css';
import './styles/datasets.css';
import './styles/briefing.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { watchFonts } from '../lib/useFontsVersion';
import { readSystemTheme } from '../lib/useTheme';
import { parseViewState } from '../state/viewState';
import { App } from './App';
import { markFirstChart } from './markFirstChart';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The link's or the device's theme on the loading card too, before React's first render: read
// as the app reads it (parseViewState, useTheme).
document.documentElement.dataset.theme =
  parseViewState(window.location.search).state.theme ?? readSystemTheme();
markFirstChart(root);
// Fonts are requested now, so that they are in before the first chart is laid out.
watchFonts();

// index.html shows a loading card until React's first render, and that render waits (briefly)
// for the dataset and the dashboard's chart code: started at once, React drew its loading card,
// then the page without the chart, then the chart, each a pass of its own (~60 ms more to the
// first chart). A slower load gets React's loading card, with its progress, after the wait.
const firstRenderWaitMs = 400;
void Promise.race([firstScreenReady, delay(firstRenderWaitMs)]).then(() => {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
});

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
