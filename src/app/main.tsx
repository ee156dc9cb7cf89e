// First, so that the dataset starts loading before the rest of the bundle is evaluated.
import { firstScreenReady, queryClient } from './startDatasetLoad';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import 'virtual:inter-fallback.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/states.css';
import './styles/tables.css';
import './styles/popover.css';
import './styles/datasets.css';
import './styles/briefing.css';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { watchFonts } from '../lib/useFontsVersion';
import { readSystemTheme } from '../lib/useTheme';
import { bakedChartWidths } from '../lib/bakedLayout';
import { parseViewState } from '../state/viewState';
import { preloadChartDrawings } from '../charts/chartKindRegistry';
import { App } from './App';
import { AppRoot } from './AppRoot';
import { markFirstChart } from './markFirstChart';
import { stopKeepingPresses } from './replayEarlyInput';
import { takeBakedScreen } from './takeBakedScreen';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// An embed page (embed.html, or one baked for a state of its own, embed-<chart id>.html) shows one chart.
// Its code is fetched alongside the dataset, and only by embeds.
const embedState = root.dataset.embedState;
const appPath = root.dataset.appPath ?? './';
const pageLoad: Promise<React.JSX.Element> =
  root.dataset.page === 'embed'
    ? import('./EmbedApp').then(({ EmbedApp }) => (
        <EmbedApp search={embedState ?? location.search} appPath={appPath} />
      ))
    : Promise.resolve(<App />);
// Inter is let in by the boot script (scripts/bakedBoot.js): at once, or on a baked page once it
// has been painted in Inter's stand-ins. A page without it (Vite's dev server) lets Inter in here.
if (!document.querySelector('script[data-entry]')) document.documentElement.dataset.fonts = 'inter';
// The link's or the device's theme on the loading card too, before React's first render: read
// as the app reads it (parseViewState, useTheme).
document.documentElement.dataset.theme =
  parseViewState(embedState ?? window.location.search).state.theme ?? readSystemTheme();
// Fonts are requested now, so that they are in before the first chart is laid out.
watchFonts();

// A page baked at build time (dist/index.html) already shows its first screen: React takes that
// markup over once the dataset and the code it was drawn with are in, drawing nothing again.
const ready = Promise.all([firstScreenReady, pageLoad.catch(() => undefined)]);
// A screen whose width was not baked draws its charts live at the takeover: their code must be
// in by then, or a chart would show its loading line in its drawing's room for a moment. Code
// that fails to come is the chart's to report (its error card), not a reason to keep the page.
const drawings = preloadChartDrawings().catch(() => undefined);
const baked = takeBakedScreen(Promise.all([ready, drawings]), queryClient);
markFirstChart(root);
if (baked) {
  void Promise.all([baked, pageLoad]).then(([container, page]) => {
    if (container) {
      // React answers presses from here on (the boot script kept those made before).
      stopKeepingPresses();
      // In a transition, React takes the page over in slices of a few milliseconds, yielding
      // between them, not in one long task that would hold up a reader's first press or key.
      startTransition(() => {
        hydrateRoot(
          container,
          <AppRoot client={queryClient} baked={{ chartWidths: bakedChartWidths }}>
            {page}
          </AppRoot>,
        );
      });
    } else {
      renderApp(page);
    }
  });
} else {
  // index.html shows a loading card until React's first render, and that render waits (briefly)
  // for the dataset and the dashboard's chart code: started at once, React drew its loading
  // card, then the page without the chart, then the chart, each a pass of its own (~60 ms more
  // to the first chart). A slower load gets React's loading card, with its progress, after the
  // wait.
  const firstRenderWaitMs = 400;
  void Promise.race([ready, delay(firstRenderWaitMs)])
    .then(() => pageLoad)
    .then(renderApp);
}

function renderApp(page: React.JSX.Element) {
  createRoot(document.getElementById('root') ?? document.body).render(
    <AppRoot client={queryClient}>{page}</AppRoot>,
  );
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
