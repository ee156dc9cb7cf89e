import { lazy, Suspense, useId, useState } from 'react';
import { deckFormatIds, deckFormats } from '../../export/deck/deckFormats';
import type { ViewState } from '../../state/viewState';
import { parseViewState, updateViewState } from '../../state/viewState';
import { useBriefing } from './BriefingProvider';
import { BriefingFiles } from './BriefingFiles';
import { SlideList } from './SlideList';
import { downloadBlob } from '../exporting/deliverExport';

const PresentMode = lazy(() => import('./PresentMode').then((m) => ({ default: m.PresentMode })));
const loadDeckWriter = () => import('../../export/deck/writeBriefingDeck');

interface BriefingPanelProps {
  readonly id: string;
  readonly state: ViewState;
  readonly navigate: (state: ViewState) => void;
}

/**
 * The dataset's briefing: its title, its slides (rename, reorder, duplicate, remove, undo),
 * Present, the deck as PPTX or PDF, and the briefing as a file to keep, send or open again.
 */
export function BriefingPanel({ id, state, navigate }: BriefingPanelProps) {
  const api = useBriefing();
  const [presenting, setPresenting] = useState(false);
  const [deckStatus, setDeckStatus] = useState('');
  const [saved, setSaved] = useState(0);
  const [busy, setBusy] = useState(false);
  const presentId = useId();
  if (!api) return null;
  const { briefing, dataset } = api;
  const empty = briefing.slides.length === 0;

  const download = async (format: (typeof deckFormatIds)[number]) => {
    if (busy || empty) return;
    setBusy(true);
    setSaved(0);
    const entry = deckFormats[format];
    setDeckStatus(
      `Writing the ${entry.extension.toUpperCase()} (${briefing.slides.length} slides)\u2026`,
    );
    try {
      const { writeBriefingDeck } = await loadDeckWriter();
      const deck = await writeBriefingDeck(format, dataset, briefing, {
        datasetPath: state.dataset,
      });
      downloadBlob(deck.blob, deck.fileName);
      setSaved(1);
      const skipped = deck.skipped.length
        ? ` Left out, as this dataset has nothing to draw for them: ${deck.skipped.join('; ')}.`
        : '';
      setDeckStatus(
        `Downloaded ${deck.fileName}: a title slide, ${deck.slides} chart slides and the sources.${skipped}`,
      );
    } catch (error) {
      setDeckStatus(
        `The deck could not be written: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id={id} className="briefing-panel" aria-label="Briefing">
      <label className="edit-field briefing-title">
        Briefing title
        <input
          key={briefing.title}
          type="text"
          defaultValue={briefing.title}
          maxLength={100}
          onBlur={(event) => {
            const title = event.target.value.trim();
            // An empty title is not taken: the field shows the title kept.
            if (!title) event.target.value = briefing.title;
            else if (title !== briefing.title) api.change({ kind: 'retitle', title }, title);
          }}
        />
      </label>
      {empty ? (
        <p className="briefing-empty">
          No slides yet. Under any chart, &ldquo;Add to briefing&rdquo; keeps it as it is now (view,
          filters, your edits) as the next slide.
        </p>
      ) : (
        <SlideList
          slides={briefing.slides}
          change={api.change}
          open={(link) =>
            navigate(
              updateViewState(parseViewState(link).state, {
                dataset: state.dataset,
                theme: state.theme,
              }),
            )
          }
        />
      )}
      {api.canUndo ? (
        <p className="briefing-status">
          {/* What was done is said once, in the status line under the panel (BriefingMenu). */}
          <button type="button" className="secondary" onClick={api.undo}>
            Undo
          </button>
        </p>
      ) : null}
      <div className="export-actions briefing-actions">
        <button
          id={presentId}
          type="button"
          aria-disabled={empty}
          onClick={() => !empty && setPresenting(true)}
        >
          Present
        </button>
        {deckFormatIds.map((format) => (
          <button
            key={format}
            type="button"
            className="secondary"
            aria-disabled={empty || busy}
            onClick={() => void download(format)}
          >
            Download {deckFormats[format].extension.toUpperCase()}
          </button>
        ))}
      </div>
      <p className="export-status" role="status" data-files={saved || undefined}>
        {deckStatus}
      </p>
      <BriefingFiles />
      {presenting ? (
        <Suspense fallback={<p role="status">Opening the presentation&hellip;</p>}>
          <PresentMode
            briefing={briefing}
            dataset={dataset}
            datasetPath={state.dataset}
            onExit={() => {
              setPresenting(false);
              // Back to where the presentation began, found by id: it is not drawn meanwhile.
              document.getElementById(presentId)?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
