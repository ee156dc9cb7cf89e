import { DefaultZIndexes } from 'recharts';

/**
 * Recharts 3 draws bars, lines and axes in z-index layers above plain children. Our marks
 * (whiskers, arrows, labels, focus targets) must sit above bars and lines to be seen and to
 * receive the pointer; the background must sit below the grid.
 */
export const marksZIndex = DefaultZIndexes.activeDot + 100;
export const backgroundZIndex = DefaultZIndexes.grid - 100;
