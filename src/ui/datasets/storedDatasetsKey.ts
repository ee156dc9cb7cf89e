/**
 * The query key of the list of datasets kept in this browser: its own module, so that code
 * loaded at start can refresh the list without loading the store (idb) with it.
 */
export const storedDatasetsKey = ['stored-datasets'] as const;
