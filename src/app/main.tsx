// First, so that the dataset starts loading before the rest of the bundle is evaluated.
import { queryClient } from './startDatasetLoad';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/states.css';
import './styles/tables.css';
import './styles/popover.css';
import './styles/datasets.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { watchFonts } from '../charts/useFontsVersion';
import { App } from './App';
import { markFirstChart } from './markFirstChart';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
markFirstChart(root);
// Fonts are requested now, so that they are in before the first chart is laid out.
watchFonts();

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
