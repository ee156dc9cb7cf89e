import type { ViewId } from '../state/viewState';

/** Names of the views in navigation and headings. */
export const viewTitles: Record<ViewId, string> = {
  dashboard: 'Dashboard',
  casualties: 'Casualties by claimant',
  'over-time': 'Over time',
  forces: 'Forces deployed',
  equipment: 'Equipment and munitions',
  estimates: 'All estimates',
};
