import { Isolated } from '../../charts/Isolated';

/** In place of a chart the dataset has nothing for: said plainly, never a blank box. */
export function EmptyChart({ what }: { what: string }) {
  return (
    <p className="empty-chart">
      This dataset has no <Isolated>{what}</Isolated>.
    </p>
  );
}
