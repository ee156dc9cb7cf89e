/** The columns claims can be sorted by (the table of all estimates; the URL's `sort`). */
export const sortKeys = ['claimant', 'metric', 'value', 'asOf', 'credibility'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'ascending' | 'descending';
