import type { ReactNode, SVGProps } from 'react';
import { fontFamily } from '../../lib/measureText';
import type { TextStyle } from '../chartStyle';

type SvgTextProps = Omit<SVGProps<SVGTextElement>, 'style'> & {
  readonly textStyle: TextStyle;
  readonly children: ReactNode;
};

/** SVG text in one of the theme's styles, as attributes so that copies and exports keep it. */
export function SvgText({ textStyle, children, ...rest }: SvgTextProps) {
  return (
    <text
      fontFamily={fontFamily}
      fontSize={textStyle.size}
      fontWeight={textStyle.weight}
      fill={textStyle.fill}
      {...rest}
    >
      {children}
    </text>
  );
}
