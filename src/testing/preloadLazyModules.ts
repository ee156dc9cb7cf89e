/**
 * Loads every module the UI loads on demand (views, the dashboard's chart builders, the line
 * chart, the claim card, the filter controls, the export panel), so that a test's render settles
 * within its act() and no import is still arriving when the test environment is torn down.
 */
export async function preloadLazyModules(): Promise<void> {
  await Promise.all([
    import('../ui/views/CompareView'),
    import('../ui/views/CasualtiesView'),
    import('../ui/views/OverTimeView'),
    import('../ui/views/ForcesView'),
    import('../ui/views/EquipmentView'),
    import('../ui/views/EstimatesView'),
    import('../ui/views/panelBuilders'),
    import('../charts/time/OverTimeChart'),
    import('../charts/tooltip/ClaimPopoverView'),
    import('../ui/filters/FilterControls'),
    import('../ui/exporting/ExportPanel'),
    import('../ui/loading/DatasetErrorView'),
  ]);
}
