import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { isolate } from '../domain/format/isolate';
import { Isolated } from './Isolated';

const draw = (text: string) => renderToStaticMarkup(<Isolated>{text}</Isolated>);

describe('Isolated', () => {
  it('draws each isolated dataset string as a <bdi>, without the marks', () => {
    expect(draw(`${isolate('Zelensky')}, 9 Jan 2025`)).toBe('<bdi>Zelensky</bdi>, 9 Jan 2025');
  });

  it('nests isolates, as a quoted wording inside a note', () => {
    expect(draw(isolate(`said ${isolate('several dozen')}`))).toBe(
      '<bdi>said <bdi>several dozen</bdi></bdi>',
    );
  });

  it("keeps a string's own right-to-left isolate as characters, inside its <bdi>", () => {
    expect(draw(`${isolate('a \u2067b\u2069 c')}, 1`)).toBe('<bdi>a \u2067b\u2069 c</bdi>, 1');
  });

  it('drops a stray end mark and closes one left open', () => {
    expect(draw('a\u2069 \u2068b')).toBe('a <bdi>b</bdi>');
  });
});
