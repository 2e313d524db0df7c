// A bordered pane with a title line. Focus is shown by a double border, which
// is made of characters and so survives NO_COLOR, and by colour when allowed.
import type React from 'react';
import {Box} from 'ink';
import {StyledLine} from './styled-line.js';
import {useDisplay} from './context.js';
import {fit} from '../text.js';

export function Pane({title, width, height, focused, children}: {title: string; width: number; height: number; focused: boolean; children: React.ReactNode}) {
	const {shaping, color} = useDisplay();
	return (
		<Box
			flexDirection="column"
			width={width}
			height={height}
			borderStyle={focused ? 'double' : 'single'}
			borderColor={color ? (focused ? 'cyan' : 'gray') : undefined}
			overflow="hidden"
		>
			<StyledLine line={fit(title, Math.max(0, width - 2), shaping, [], 'left')} base={{bold: true}} />
			{children}
		</Box>
	);
}
