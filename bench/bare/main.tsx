// The floor for this stack: React and one Recharts bar chart of the dashboard's first figures,
// nothing else (no fetch, no validation, no fonts). `npm run bench` measures the app against it.
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { markFirstChart } from '../../src/app/markFirstChart';

/** The dashboard's first chart on the default dataset: casualties by claimant, latest figures. */
const figures = [
  { claimant: 'UK Defence Intelligence', value: 6000 },
  { claimant: 'South Korea NIS', value: 4700 },
  { claimant: 'Zelensky', value: 4000 },
  { claimant: 'Ukraine HUR (Budanov)', value: 4000 },
  { claimant: 'South Korea JCS', value: 4000 },
  { claimant: 'US intelligence', value: 1200 },
  { claimant: 'US Pentagon', value: 300 },
  { claimant: 'White House NSC (Kirby)', value: 36 },
  { claimant: 'Western officials (BBC)', value: 4000 },
  { claimant: 'South Korea JCS, in combat', value: 1100 },
  { claimant: 'Western officials (BBC), killed', value: 1000 },
  { claimant: 'White House NSC (Kirby), killed', value: 1000 },
];

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
markFirstChart(root);
createRoot(root).render(
  <BarChart width={800} height={420} data={figures} layout="vertical">
    <CartesianGrid horizontal={false} />
    <XAxis type="number" />
    <YAxis type="category" dataKey="claimant" width={220} />
    <Bar dataKey="value" fill="#0072b2" isAnimationActive={false} />
  </BarChart>,
);
