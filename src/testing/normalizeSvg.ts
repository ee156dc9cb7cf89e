/**
 * An SVG document in a form that changes only when the drawing does (as Observable Plot's
 * snapshot tests do): numbers rounded to one decimal, generated ids renumbered in order of
 * appearance, one element per line.
 */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of svg.matchAll(/\bid="([^"]+)"/g)) {
    if (id !== undefined && !ids.has(id)) ids.set(id, `id${ids.size + 1}`);
  }
  let out = svg.replace(/-?\d+\.\d+/g, (n) => {
    const rounded = Number(n).toFixed(1);
    return rounded === '-0.0' ? '0.0' : rounded;
  });
  for (const [id, renamed] of ids) {
    out = out.split(`"${id}"`).join(`"${renamed}"`).split(`#${id})`).join(`#${renamed})`);
    out = out.split(`"#${id}"`).join(`"#${renamed}"`);
  }
  return out.replace(/></g, '>\n<');
}
