import type { FigureMode } from '../claims/figureMode';
import type { ChartsContent, TableContent, ViewBuilder } from './viewContent';

/**
 * Every view of a dataset, in the navigation's order: the one list that the navigation, the
 * URL, the dashboard, the export CLI and the tests read. A view's charts (and their export slugs,
 * the charts' ids) are what its builder returns. Adding a view that reuses a chart kind is its
 * builder plus one entry here (see docs/architecture.md).
 */
interface ViewBase {
  /** The view in links: `?view=<id>`. The first view is the default and is left out of links. */
  readonly id: string;
  /** In the navigation, as the view's heading and in the page title. */
  readonly title: string;
  /** Which figures it shows unless the URL says otherwise; absent: the view offers no choice. */
  readonly defaultMode?: FigureMode;
}

/** The dashboard: the first chart of every view with a `panel`, side by side. */
export interface PanelsViewEntry extends ViewBase {
  readonly layout: 'panels';
}

/** Charts, each with its table, and the choices above them. */
export interface ChartsViewEntry extends ViewBase {
  readonly layout: 'charts';
  /** Its first chart is a panel of the dashboard (in this list's order). */
  readonly panel?: true;
  /** `npm run export` writes its charts unless told which views to export (--view). */
  readonly pack?: true;
  /** Its builder, loaded when first needed; every builder is in one chunk, fetched at start. */
  readonly load: () => Promise<ViewBuilder<ChartsContent>>;
}

/** One sortable table of figures. */
export interface TableViewEntry extends ViewBase {
  readonly layout: 'table';
  readonly load: () => Promise<ViewBuilder<TableContent>>;
}

export type ViewEntry = PanelsViewEntry | ChartsViewEntry | TableViewEntry;

export const viewRegistry = [
  { id: 'dashboard', title: 'Dashboard', layout: 'panels' },
  {
    id: 'compare',
    title: 'Compare',
    layout: 'charts',
    defaultMode: 'latest',
    load: () => import('./buildCompareView').then((m) => m.buildCompareView),
  },
  {
    id: 'casualties',
    title: 'Casualties by claimant',
    layout: 'charts',
    defaultMode: 'latest',
    panel: true,
    pack: true,
    load: () => import('./buildCasualtiesView').then((m) => m.buildCasualtiesView),
  },
  {
    id: 'over-time',
    title: 'Over time',
    layout: 'charts',
    panel: true,
    pack: true,
    load: () => import('./buildOverTimeView').then((m) => m.buildOverTimeView),
  },
  {
    id: 'forces',
    title: 'Forces deployed',
    layout: 'charts',
    defaultMode: 'all',
    panel: true,
    pack: true,
    load: () => import('./buildForcesView').then((m) => m.buildForcesView),
  },
  {
    id: 'equipment',
    title: 'Equipment and munitions',
    layout: 'charts',
    defaultMode: 'all',
    panel: true,
    pack: true,
    load: () => import('./buildEquipmentView').then((m) => m.buildEquipmentView),
  },
  {
    id: 'estimates',
    title: 'All estimates',
    layout: 'table',
    defaultMode: 'all',
    load: () => import('./buildEstimatesView').then((m) => m.buildEstimatesView),
  },
] as const satisfies readonly ViewEntry[];

type RegisteredView = (typeof viewRegistry)[number];
export type ViewId = RegisteredView['id'];

/** The view a link without `?view=` opens. */
export const defaultView = viewRegistry[0];

/** The entry of a view id from a URL, or undefined when there is no such view. */
export function findView(id: string): RegisteredView | undefined {
  return viewRegistry.find((view) => view.id === id);
}

/** The entry of a known view id. */
export function getView(id: ViewId): ViewEntry {
  return findView(id) ?? defaultView;
}

type PanelView = Extract<RegisteredView, { panel: true }>;

/** The views with charts whose first chart is a panel of the dashboard, in the panels' order. */
export const panelViews: readonly PanelView[] = viewRegistry.filter(
  (view): view is PanelView => 'panel' in view && view.panel,
);

/** The views whose content is charts (an embed shows one of their charts). */
export const chartsViews: readonly Extract<RegisteredView, { layout: 'charts' }>[] =
  viewRegistry.filter(
    (view): view is Extract<RegisteredView, { layout: 'charts' }> => view.layout === 'charts',
  );
