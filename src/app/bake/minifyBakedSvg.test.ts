// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { minifyBakedSvg } from './minifyBakedSvg';

/** A drawing as Recharts leaves it in the bake's DOM: layers with nothing but a class, and marks. */
const bakedChart = [
  '<svg class="recharts-surface b123" width="300" height="200" viewBox="0 0 300 200">',
  '<title>Casualties by claimant</title>',
  '<desc>Estimates of North Korean casualties, by who made them</desc>',
  '<defs><clipPath id="recharts1-clip"><rect x="0" y="0" width="280" height="180"></rect></clipPath></defs>',
  '<g class="recharts-layer recharts-cartesian-axis b456">',
  '<text class="recharts-text recharts-cartesian-axis-tick-value" x="10" y="190" font-family="Inter, Arial" font-size="12">0</text>',
  '<text class="recharts-text recharts-cartesian-axis-tick-value" x="150" y="190" font-family="Inter, Arial" font-size="12">1,000</text>',
  '</g>',
  '<g class="recharts-layer"><g class="recharts-bar-rectangles">',
  '<rect class="mark-hit-area" x="1" y="2" width="10" height="20" fill="transparent" fill-opacity="0" opacity="0" tabindex="0" role="img" aria-label="NIS: 300 killed"></rect>',
  '</g></g>',
  '<g clip-path="url(#recharts1-clip)">',
  '<path id="line-nis" class="recharts-curve recharts-line-curve" d="M10 100L150 50" stroke="#336699" fill="none"></path>',
  '<circle class="mark-hit-area recharts-dot" cx="150" cy="50" r="6" fill="transparent" tabindex="-1" role="button" aria-label="GUR: 11,000 killed"></circle>',
  '</g>',
  '<text font-family="Inter, Arial">Source: KBS World</text>',
  '</svg>',
].join('');

/** The markup's root element, read as the strict XML parser reads it. */
function parse(svg: string): Element {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document.documentElement;
}

function find(root: Element, selector: string): Element {
  const element = root.querySelector(selector);
  if (!element) throw new Error(`Nothing matches ${selector} in ${root.outerHTML}`);
  return element;
}

function listElements(root: Element): Element[] {
  return [root, ...root.querySelectorAll('*')];
}

describe('minifyBakedSvg', () => {
  const minified = minifyBakedSvg(bakedChart);
  const root = parse(minified);

  it('keeps the drawing’s title and description for screen readers', () => {
    expect(find(root, 'title').textContent).toBe('Casualties by claimant');
    expect(find(root, 'desc').textContent).toBe(
      'Estimates of North Korean casualties, by who made them',
    );
  });

  it('keeps a description even where it reads like an editor’s credit', () => {
    const credited = parse(
      minifyBakedSvg(
        '<svg class="recharts-surface"><desc>Created with figures from the NIS</desc></svg>',
      ),
    );
    expect(find(credited, 'desc').textContent).toBe('Created with figures from the NIS');
  });

  it('keeps a mark’s transparent hit area as the same shape, with its name, role and tab stop', () => {
    const mark = find(root, '[aria-label="GUR: 11,000 killed"]');
    expect(mark.tagName).toBe('circle');
    expect(mark.getAttribute('fill')).toBe('transparent');
    expect(mark.getAttribute('role')).toBe('button');
    expect(mark.getAttribute('tabindex')).toBe('-1');
  });

  it('keeps a hit area drawn at zero opacity, as it is the focus target of its mark', () => {
    const mark = find(root, '[aria-label="NIS: 300 killed"]');
    expect(mark.tagName).toBe('rect');
    expect(mark.getAttribute('opacity')).toBe('0');
    expect(mark.getAttribute('role')).toBe('img');
    expect(mark.getAttribute('tabindex')).toBe('0');
  });

  it('keeps ids as they are, and the clip path that refers to one', () => {
    expect(find(root, 'clipPath').id).toBe('recharts1-clip');
    expect(root.querySelector('[clip-path="url(#recharts1-clip)"]')).not.toBeNull();
    expect(find(root, 'path').id).toBe('line-nis');
  });

  it('drops Recharts’ class names but the surface’s, and keeps every other class', () => {
    const classes = listElements(root).flatMap((element) => [...element.classList]);
    expect(classes.filter((name) => name.startsWith('recharts-'))).toEqual(['recharts-surface']);
    expect([...root.classList]).toEqual(['recharts-surface', 'b123']);
    expect(classes).toContain('b456');
    expect(classes.filter((name) => name === 'mark-hit-area')).toHaveLength(2);
  });

  it('removes the layers that only had Recharts’ classes, leaving fewer elements', () => {
    expect(find(root, '[aria-label="NIS: 300 killed"]').parentElement).toBe(root);
    expect(listElements(root).length).toBeLessThan(listElements(parse(bakedChart)).length);
  });

  it('names the font family once, on the drawing, where every text names the same one', () => {
    expect(root.getAttribute('font-family')).toBe('Inter, Arial');
    expect(root.querySelectorAll('[font-family]')).toHaveLength(0);
    expect([...root.querySelectorAll('text')].map((text) => text.textContent)).toEqual([
      '0',
      '1,000',
      'Source: KBS World',
    ]);
  });

  it('leaves each text its own font family where the texts name different ones', () => {
    const mixed = parse(
      minifyBakedSvg(
        [
          '<svg class="recharts-surface" width="300" height="200">',
          '<text x="1" y="12" font-family="Inter, Arial" font-size="12">a</text>',
          '<text x="1" y="30" font-family="Georgia">b</text>',
          '</svg>',
        ].join(''),
      ),
    );
    expect(mixed.hasAttribute('font-family')).toBe(false);
    expect(
      [...mixed.querySelectorAll('text')].map((text) => [
        text.textContent,
        text.getAttribute('font-family'),
      ]),
    ).toEqual([
      ['a', 'Inter, Arial'],
      ['b', 'Georgia'],
    ]);
  });

  it('leaves a text that names no font family in the page’s font', () => {
    const partly = parse(
      minifyBakedSvg(
        [
          '<svg class="recharts-surface" width="300" height="200">',
          '<text x="1" y="12" font-family="Inter, Arial" font-size="12">a</text>',
          '<text x="1" y="30">b</text>',
          '</svg>',
        ].join(''),
      ),
    );
    expect(partly.hasAttribute('font-family')).toBe(false);
    expect(partly.querySelector('text')?.getAttribute('font-family')).toBe('Inter, Arial');
  });

  it('drops the tab index Recharts gives its layers, which a baked drawing never focuses', () => {
    const layered = minifyBakedSvg(
      [
        '<svg class="recharts-surface" width="300" height="200">',
        '<g tabindex="-1" class="recharts-zIndex-layer_-100"><line x1="0" y1="0" x2="5" y2="5" stroke="#000"></line></g>',
        '</svg>',
      ].join(''),
    );
    expect(layered).not.toContain('tabindex');
  });

  it('closes every element with an end tag, as the bake’s later steps write attributes before “>”', () => {
    expect(minified).toContain('</rect>');
    expect(minified).not.toContain('/>');
  });
});
