import { describe, expect, it } from 'vitest';
import { prepareSvgForPdf } from './prepareSvgForPdf';

describe('prepareSvgForPdf', () => {
  it('drops the @font-face <style>, keeping any other', () => {
    const svg =
      '<svg><defs><style>@font-face{font-family:Inter;src:url(data:font/woff2;base64,AAAA) format("woff2")}\n@font-face{font-family:Inter;font-weight:700}</style><style>.a{fill:red}</style></defs></svg>';
    expect(prepareSvgForPdf(svg)).toBe('<svg><defs><style>.a{fill:red}</style></defs></svg>');
  });

  it('turns a style attribute into the attributes it overrides', () => {
    const svg =
      '<text x="3" fill="#000" style="fill: rgb(92, 92, 92); font-family: Inter, &quot;Helvetica Neue&quot;, Arial; font-size: 20px;">people</text>';
    expect(prepareSvgForPdf(svg)).toBe(
      '<text x="3" fill="rgb(92, 92, 92)" font-family="Inter, &quot;Helvetica Neue&quot;, Arial" font-size="20px">people</text>',
    );
  });

  it('handles a style that is the only attribute, a self-closing tag, and leaves text alone', () => {
    expect(prepareSvgForPdf('<g style="opacity:0.5"/><text>style="fill:red"</text>')).toBe(
      '<g opacity="0.5"/><text>style="fill:red"</text>',
    );
    expect(prepareSvgForPdf('<rect stroke-style="x" width="2"/>')).toBe(
      '<rect stroke-style="x" width="2"/>',
    );
  });
});
