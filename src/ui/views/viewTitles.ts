import type { Mode, ViewId } from '../../state/viewState';

/** Names of the views in navigation and headings. */
export const viewTitles: Record<ViewId, string> = {
  dashboard: 'Dashboard',
  compare: 'Compare',
  casualties: 'Casualties by claimant',
  'over-time': 'Over time',
  forces: 'Forces deployed',
  equipment: 'Equipment and munitions',
  estimates: 'All estimates',
};

/** Which figures a view shows unless the URL says otherwise; undefined where it has no choice. */
export const viewModes: Record<ViewId, Mode | undefined> = {
  dashboard: undefined,
  compare: 'latest',
  casualties: 'latest',
  'over-time': undefined,
  forces: 'all',
  equipment: 'all',
  estimates: 'all',
};
