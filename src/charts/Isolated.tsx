import type { ReactNode } from 'react';
import { isolate, isolateEnd, isolateStart } from '../domain/format/isolate';

/**
 * Text whose dataset strings the domain isolated (see domain/format/isolate.ts), drawn in HTML
 * with <bdi> elements instead of the marks: the same protection, and text that copies, searches
 * and reads aloud without invisible characters.
 */
export function Isolated({ children }: { children: string }) {
  return <>{toNodes(parse(children))}</>;
}

/** One string from a dataset or a user's file (a title, a file name), isolated as a whole. */
export function DatasetText({ children }: { children: string }) {
  return <Isolated>{isolate(children)}</Isolated>;
}

/** A run of text, or an isolated run with what it holds. */
type Piece = string | { readonly isolated: Piece[] };

/**
 * The text as nested runs; a mark left open closes at the end, a stray end mark is dropped. The
 * string's own isolates (LRI, RLI, and the PDI that ends each) stay characters of the run.
 */
function parse(text: string): Piece[] {
  const root: Piece[] = [];
  const stack: Piece[][] = [root];
  /** For each isolate open: true where it is one of ours, drawn as <bdi>. */
  const ours: boolean[] = [];
  let run = '';
  const flush = () => {
    if (run) stack[stack.length - 1]?.push(run);
    run = '';
  };
  for (const character of text) {
    if (character === isolateStart) {
      flush();
      const inner: Piece[] = [];
      stack[stack.length - 1]?.push({ isolated: inner });
      stack.push(inner);
      ours.push(true);
    } else if (character === '\u2066' || character === '\u2067') {
      run += character;
      ours.push(false);
    } else if (character === isolateEnd) {
      const mine = ours.pop();
      if (mine === false) run += character;
      else if (mine) {
        flush();
        stack.pop();
      }
    } else {
      run += character;
    }
  }
  flush();
  return root;
}

function toNodes(pieces: readonly Piece[]): ReactNode[] {
  return pieces.map((piece, index) =>
    typeof piece === 'string' ? piece : <bdi key={index}>{toNodes(piece.isolated)}</bdi>,
  );
}
