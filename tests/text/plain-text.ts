// A laid-out line as the characters the terminal receives, styles dropped.
import type {Line} from '../../source/text/layout.js';

export const plainText = (line: Line): string => line.segments.map(s => s.text).join('');
