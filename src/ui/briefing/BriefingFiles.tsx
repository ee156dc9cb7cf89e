import { useId, useState, type ChangeEvent } from 'react';
import { fingerprintDataset } from '../../data/fingerprintDataset';
import { prepareDataset } from '../../domain/claims/prepareDataset';
import { toSlug } from '../../domain/format/toSlug';
import { makeBriefingFromShipped } from '../../state/briefing/makeBriefingFromShipped';
import type { Briefing, BriefingFile } from '../../state/briefing/briefing';
import { BriefingError } from '../../state/briefing/BriefingError';
import { checkBriefingDataset } from '../../state/briefing/checkBriefingDataset';
import { readBriefingFile } from '../../state/briefing/readBriefingFile';
import { writeBriefingJson } from '../../state/briefing/writeBriefingJson';
import { downloadBlob } from '../exporting/deliverExport';
import { useBriefing } from './BriefingProvider';

/** What opening a file came to: what to say, and the problems (`path: message`) if refused. */
interface Outcome {
  readonly message: string;
  readonly problems: readonly string[];
  readonly refused: boolean;
}

/**
 * The briefing as a file: save it (`briefing/v1` JSON naming the dataset by id and fingerprint),
 * open one (refused with every problem listed if malformed or made on another dataset; said so
 * if made on another version of this one), or open one the dataset ships.
 */
export function BriefingFiles() {
  const api = useBriefing();
  const inputId = useId();
  const [outcome, setOutcome] = useState<Outcome>();
  if (!api) return null;
  const { dataset, briefing } = api;

  const save = async () => {
    const file: BriefingFile = {
      briefing,
      dataset: {
        id: dataset.id,
        fingerprint: await fingerprintDataset(dataset),
        title: dataset.title,
      },
    };
    const name = `crosscheck-${toSlug(briefing.title) || 'briefing'}.briefing.json`;
    downloadBlob(new Blob([writeBriefingJson(file)], { type: 'application/json' }), name);
    setOutcome({ message: `Saved ${name}.`, problems: [], refused: false });
  };

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    setOutcome({ message: `Reading ${chosen.name}\u2026`, problems: [], refused: false });
    try {
      const file = await readBriefingFile(chosen, chosen.name);
      const fingerprint = await fingerprintDataset(dataset);
      const check = await checkBriefingDataset(file, prepareDataset(dataset), fingerprint);
      if (check.status === 'other-dataset') {
        setOutcome({ message: check.message, problems: [], refused: true });
        return;
      }
      adopt(file.briefing, `Opened \u201c${file.briefing.title}\u201d from ${chosen.name}.`, [
        ...(check.status === 'other-version' ? [check.notice] : []),
        ...check.slides.flatMap((slide) => {
          const n = file.briefing.slides.findIndex((s) => s.key === slide.key) + 1;
          return slide.notices.map((notice) => `Slide ${n}: ${notice}`);
        }),
      ]);
    } catch (error) {
      if (!(error instanceof BriefingError)) {
        const message = `${chosen.name} could not be opened: ${describe(error)} Nothing was changed.`;
        setOutcome({ message, problems: [], refused: true });
        return;
      }
      const summary = error.problems.length ? (error.message.split('\n')[0] ?? '') : error.message;
      setOutcome({
        message: `${summary} Nothing was changed.`,
        problems: error.problems.map((p) => `${p.path}: ${p.message}`),
        refused: true,
      });
    }
  };

  const adopt = (next: Briefing, message: string, notices: readonly string[]) => {
    api.replace(next, `${message} Undo brings back the briefing you had.`);
    // The status line says it was opened; here only what the person should know of its slides.
    setOutcome(
      notices.length
        ? { message: 'Opened, with these notes:', problems: notices, refused: false }
        : undefined,
    );
  };

  return (
    <div className="briefing-files">
      <button type="button" className="secondary" onClick={() => void save()}>
        Save briefing file
      </button>
      <label htmlFor={inputId} className="edit-field">
        Open a briefing file
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void open(e)}
        />
      </label>
      {dataset.briefings?.map((shipped) => (
        <button
          key={shipped.id}
          type="button"
          className="secondary"
          onClick={() =>
            adopt(
              makeBriefingFromShipped(shipped),
              `Opened \u201c${shipped.title}\u201d, shipped with the dataset.`,
              [],
            )
          }
        >
          Open &ldquo;{shipped.title}&rdquo;
        </button>
      ))}
      {outcome ? (
        <div role={outcome.refused ? 'alert' : 'status'} className="briefing-outcome">
          <p className="briefing-status">{outcome.message}</p>
          {outcome.problems.length ? (
            <ul className={outcome.refused ? 'briefing-problems' : undefined}>
              {outcome.problems.slice(0, 100).map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
