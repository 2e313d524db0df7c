export {sanitize, sanitizeWithMap, unsafeDisplayChar, type Sanitized} from './sanitize.js';
export {shape, shapeWithMap, type Shaped} from './shape.js';
export {detectBidiMode, type BidiFlag, type BidiMode} from './bidi-mode.js';
export {paragraphDirection, visualOrder, type Direction} from './reorder.js';
export {
	layoutParagraph,
	layoutText,
	truncate,
	truncateLine,
	type Align,
	type LayoutOptions,
	type Line,
	type Segment,
	type TruncateOptions,
} from './layout.js';
export {logical, type Highlight, type ShapingMode} from './clusters.js';
export {displayWidth} from './width.js';
