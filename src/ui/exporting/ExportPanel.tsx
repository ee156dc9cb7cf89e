import type { Dataset } from '../../data/schema/datasetSchema';
import type { ChartModel } from '../../domain/charts/chartModel';
import {
  appliesTo,
  defaultExportOptions,
  exportDensities,
  exportFormatIds,
  exportFormats,
  exportPresetIds,
  exportPresets,
  type ExportOptions,
} from '../../export/exportFormats';
import type { ViewState } from '../../state/viewState';
import { copyPngToClipboard, describeCopy, describeDownload, downloadBlobs } from './deliverExport';
import { RadioGroup } from './RadioGroup';
import { EmbedCode } from './EmbedCode';
import { useState } from 'react';
import { stripIsolates } from '../../domain/format/isolate';

export interface ExportPanelProps {
  readonly id: string;
  readonly chart: ChartModel;
  readonly dataset: Dataset;
  readonly view: ViewState;
  /** The chart's width on screen, for the "as on screen" size. */
  readonly screenWidth: number;
  /** The choices, kept by the menu while the panel is closed. */
  /** The choices made so far; undefined means the defaults. */
  readonly options: ExportOptions | undefined;
  readonly onOptionsChange: (options: ExportOptions) => void;
}

/** The export code is loaded the first time someone asks for an export, not at start. */
export const loadExporter = () => import('../../export/exportChart');

/**
 * A chart's export choices: PNG (1x, 2x, 3x), SVG or the chart's data as CSV, at the size of the
 * screen or a slide, light or dark, downloaded or copied as an image.
 */
export function ExportPanel(props: ExportPanelProps) {
  const { id: panelId, chart, dataset, view, screenWidth, onOptionsChange } = props;
  const options = props.options ?? defaultExportOptions;
  const format = exportFormats[options.format];
  const [status, setStatus] = useState('');
  // How many files the last download saved, for scripts that drive the panel (the export CLI).
  const [saved, setSaved] = useState(0);
  const [busy, setBusy] = useState(false);
  const title = stripIsolates(chart.frame.title);
  const set = (change: Partial<ExportOptions>) => onOptionsChange({ ...options, ...change });
  const run = (chosen: ExportOptions, firstOnly = false) =>
    loadExporter().then(({ exportChart }) =>
      exportChart({ chart, options: chosen, dataset, view, screenWidth, firstOnly }),
    );

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setStatus(`Preparing the ${format.extension.toUpperCase()}\u2026`);
    setSaved(0);
    try {
      const files = await run(options);
      await downloadBlobs(files);
      setSaved(files.length);
      setStatus(describeDownload(files));
    } catch (error) {
      setStatus(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const copy = () => {
    if (busy) return;
    setBusy(true);
    setStatus('Copying the image\u2026');
    // Handed to the clipboard inside the click, so the browser lets it through. A chart spread
    // over several slides has only its first drawn: the clipboard holds one image.
    const files = run({ ...options, format: 'png' }, true);
    copyPngToClipboard(
      files.then(([first]) => first?.blob ?? Promise.reject(new Error('No image.'))),
    )
      .then(
        () => files.then(([first]) => setStatus(describeCopy(first))),
        (error: unknown) =>
          setStatus(`Copying failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => setBusy(false));
  };

  const applies = (option: Parameters<typeof appliesTo>[1]) => appliesTo(options.format, option);
  return (
    <>
      <div id={panelId} className="export-panel" role="group" aria-label={`Export: ${title}`}>
        <RadioGroup
          legend="Format"
          value={options.format}
          options={exportFormatIds.map((f) => ({ value: f, label: exportFormats[f].label }))}
          onChange={(format) => set({ format })}
        />
        <label className="export-field">
          Size
          <select
            value={options.preset}
            disabled={!applies('preset')}
            onChange={(e) => set({ preset: toPreset(e.target.value) })}
          >
            {exportPresetIds.map((id) => (
              <option key={id} value={id}>
                {exportPresets[id].label}
              </option>
            ))}
          </select>
        </label>
        <RadioGroup
          legend="Density (PNG)"
          value={String(options.density)}
          disabled={!applies('density')}
          options={exportDensities.map((d) => ({ value: String(d), label: `${d}x` }))}
          onChange={(density) => set({ density: toDensity(density) })}
        />
        <RadioGroup
          legend="Theme"
          value={options.theme}
          disabled={!applies('theme')}
          options={[
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
          ]}
          onChange={(theme) => set({ theme: theme === 'dark' ? 'dark' : 'light' })}
        />
        <div className="export-actions">
          <button type="button" onClick={() => void download()} aria-disabled={busy}>
            Download {format.extension.toUpperCase()}
          </button>
          <button type="button" className="secondary" onClick={copy} aria-disabled={busy}>
            Copy image
          </button>
        </div>
        <p className="export-status" role="status" data-files={saved || undefined}>
          {status}
        </p>
      </div>
      <EmbedCode chart={chart} view={view} panelId={panelId} />
    </>
  );
}

function toPreset(value: string): ExportOptions['preset'] {
  return exportPresetIds.find((id) => id === value) ?? 'screen';
}

function toDensity(value: string): ExportOptions['density'] {
  return exportDensities.find((d) => String(d) === value) ?? 1;
}
