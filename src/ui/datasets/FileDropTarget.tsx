import { useEffect, useRef, useState } from 'react';

/**
 * The whole page as a drop target for a dataset file: an overlay while files are dragged over
 * it, and `onDrop` with the first file dropped. Part of the page from its first render, so a
 * file dropped at once is never opened by the browser in the app's place; the import itself is
 * the Datasets control's, which loads on demand.
 */
export function FileDropTarget({ onDrop }: { onDrop: (file: File) => void }) {
  const dragging = useFileDrag(onDrop);
  return dragging ? (
    <div className="drop-overlay" aria-hidden="true">
      Drop a CSV or JSON file to import it
    </div>
  ) : null;
}

/** Whether files are being dragged over the page; `onDrop` receives the first file dropped. */
function useFileDrag(onDrop: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onDrop);
  useEffect(() => {
    latest.current = onDrop;
  });
  useEffect(() => {
    // dragenter/dragleave fire for every element crossed: count them to know when it left.
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    // Without this the browser would open the file in place of the app.
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) latest.current(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}
