import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/schema/datasetSchema';
import { defaultDatasetUrl, loadDataset } from '../../testing/loadJson';
import { prepareDataset } from '../claims/prepareDataset';
import { figureModes } from '../claims/figureMode';
import { isolateEnd } from '../format/isolate';
import { listOverTimeMetrics } from '../time/buildOverTimeChart';
import { viewRegistry } from './viewRegistry';

/**
 * Every string a dataset brings (a title, a claimant's name, an outlet, a label, a note, a
 * source's own wording) ends with this marker here. Wherever a view's content shows one, the
 * marker must sit inside an isolate: a raw `dataset.title` or `source.name` slipped into a
 * sentence would let a right-to-left name reorder the figures and dates beside it.
 */
const marker = ' zqx';

function markDataset(dataset: Dataset): Dataset {
  const mark = <T extends string | undefined>(text: T): T =>
    (text === undefined ? text : `${text}${marker}`) as T;
  return {
    ...dataset,
    title: mark(dataset.title),
    ...(dataset.description ? { description: mark(dataset.description) } : {}),
    metrics: dataset.metrics.map((m) => ({
      ...m,
      label: mark(m.label),
      unit: mark(m.unit),
      ...(m.description ? { description: mark(m.description) } : {}),
    })),
    sources: dataset.sources.map((s) => ({
      ...s,
      name: mark(s.name),
      ...(s.shortName ? { shortName: mark(s.shortName) } : {}),
    })),
    citations: dataset.citations.map((c) => ({
      ...c,
      outlet: mark(c.outlet),
      ...(c.title ? { title: mark(c.title) } : {}),
      ...(c.author ? { author: mark(c.author) } : {}),
    })),
    estimates: dataset.estimates.map((e) => ({
      ...e,
      value: { ...e.value, ...(e.value.text ? { text: mark(e.value.text) } : {}) },
      ...(e.note ? { note: mark(e.note) } : {}),
    })),
  };
}

/** Each place in `value` (a path to a string) where the marker stands outside every isolate. */
function findBareMarkers(value: unknown, path = '', seen = new Set<object>()): string[] {
  if (typeof value === 'string') {
    const bare: string[] = [];
    let depth = 0;
    for (let at = 0; at < value.length; at += 1) {
      const character = value[at] ?? '';
      if ('\u2066\u2067\u2068'.includes(character)) depth += 1;
      else if (character === isolateEnd) depth = Math.max(0, depth - 1);
      else if (depth === 0 && value.startsWith(marker.trim(), at)) bare.push(`${path}: ${value}`);
    }
    return bare;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  // Ids are slugs for links and file names (a chart's id may carry its unit), never shown as text.
  return Object.entries(value).flatMap(([key, item]) =>
    key === 'id' ? [] : findBareMarkers(item, `${path}.${key}`, seen),
  );
}

describe('dataset text in every view', () => {
  const model = prepareDataset(markDataset(loadDataset(defaultDatasetUrl)));
  const metrics = [undefined, ...listOverTimeMetrics(model).map((m) => m.id)];

  it.each(viewRegistry.flatMap((view) => ('load' in view ? [view.id] : [])))(
    '%s isolates every string the dataset brings, in every mode and metric',
    async (id) => {
      const view = viewRegistry.find((v) => v.id === id);
      if (!view || !('load' in view)) throw new Error(`no view ${id}`);
      const build = await view.load();
      for (const mode of figureModes) {
        for (const metric of metrics) {
          const content = build(model, { mode, ...(metric ? { metric } : {}) });
          expect(JSON.stringify(content)).toContain(marker.trim());
          expect(findBareMarkers(content)).toEqual([]);
        }
      }
    },
  );
});
