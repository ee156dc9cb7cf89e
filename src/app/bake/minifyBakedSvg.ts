import { optimize, type CustomPlugin, type XastElement } from 'svgo';

/**
 * Recharts' class names, which nothing reads in a baked drawing (the live chart that replaces it
 * has its own). Kept: the surface's, which marks a drawing, and the app's own.
 */
const dropRechartsClasses: CustomPlugin = {
  name: 'dropRechartsClasses',
  fn: () => ({
    element: {
      enter: (node) => {
        const tokens = node.attributes.class?.split(/\s+/).filter(Boolean);
        if (!tokens) return;
        const kept = tokens.filter(
          (token) => !token.startsWith('recharts-') || token === 'recharts-surface',
        );
        if (kept.length) node.attributes.class = kept.join(' ');
        else delete node.attributes.class;
      },
    },
  }),
};

/**
 * Recharts' `tabindex="-1"` on its layers (groups): never focused in a baked drawing, which the
 * live chart replaces as soon as a pointer or the focus comes to it. The marks' stay.
 */
const dropLayerTabIndex: CustomPlugin = {
  name: 'dropLayerTabIndex',
  fn: () => ({
    element: {
      enter: (node) => {
        if (node.name === 'g' && node.attributes.tabindex === '-1') delete node.attributes.tabindex;
      },
    },
  }),
};

/**
 * One font-family on the drawing, where every text names the same one and nothing else names
 * another (the chart's, on each of its hundreds of texts): inherited, it sets them all as before.
 */
const hoistFontFamily: CustomPlugin = {
  name: 'hoistFontFamily',
  fn: () => ({
    element: {
      enter: (svg) => {
        if (svg.name !== 'svg') return;
        const elements = listElements(svg);
        const naming = [svg, ...elements].filter((node) => node.attributes['font-family']);
        const families = new Set(naming.map((node) => node.attributes['font-family']));
        const [family] = families;
        const texts = elements.filter((node) => node.name === 'text');
        const allNamed = texts.every((node) => node.attributes['font-family'] === family);
        if (families.size !== 1 || family === undefined || !allNamed) return;
        for (const node of naming) delete node.attributes['font-family'];
        svg.attributes['font-family'] = family;
      },
    },
  }),
};

function listElements(node: XastElement): XastElement[] {
  return node.children.flatMap((child) =>
    child.type === 'element' ? [child, ...listElements(child)] : [],
  );
}

/**
 * A baked chart's SVG, smaller and with fewer elements, drawn the same: most of a baked page's
 * bytes and elements are Recharts' drawings (layers with nothing but a class, presentation
 * attributes repeated on every tick), and the phone parses and lays out every one before its
 * first paint. SVGO's defaults, less what the page needs kept:
 * - ids as they are: several drawings share one document, and minified ids would collide;
 * - transparent shapes: the marks' focus and hover areas (tabindex, aria-label) are transparent;
 * - shapes as shapes and paths apart: each mark stays one element with its label.
 */
export function minifyBakedSvg(svg: string): string {
  return optimize(svg, {
    multipass: true,
    // Tenths of a pixel: no drawing moves by more than 0.05 px, and the page is smaller.
    floatPrecision: 1,
    // Closed as the rest of the page's markup is (the bake's later steps read tags so).
    js2svg: { useShortTags: false },
    plugins: [
      dropRechartsClasses,
      dropLayerTabIndex,
      hoistFontFamily,
      {
        name: 'preset-default',
        params: {
          overrides: {
            cleanupIds: false,
            removeHiddenElems: false,
            convertShapeToPath: false,
            mergePaths: false,
            removeDesc: false,
            removeUnknownsAndDefaults: { keepRoleAttr: true, keepAriaAttrs: true },
          },
        },
      },
    ],
  }).data;
}
