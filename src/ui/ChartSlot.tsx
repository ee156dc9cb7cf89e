import type { ReactNode } from 'react';
import { ChartBox } from './ChartBox';
import { EmptyChart } from './EmptyChart';

interface ChartSlotProps<Model> {
  /** The chart's model, or undefined when the dataset has nothing for it. */
  readonly model: Model | undefined;
  /** What is missing, in words: "casualty figures". */
  readonly what: string;
  readonly render: (model: Model, width: number) => ReactNode;
}

/** A chart at its container's width, or a plain sentence where the dataset has nothing to draw. */
export function ChartSlot<Model>({ model, what, render }: ChartSlotProps<Model>) {
  if (model === undefined) return <EmptyChart what={what} />;
  return <ChartBox>{(width) => render(model, width)}</ChartBox>;
}
