// The plain header most screens have: one bold word.
import type React from 'react';
import {Text} from 'ink';

/** A screen's Header component showing one bold word (a factory, not a hook: called once per screen module). */
export function titleHeader(text: string): () => React.ReactNode {
	// biome-ignore lint/correctness/noComponentHookFactories: made once per screen module at load, never during a render
	return function Header() {
		return <Text bold>{text}</Text>;
	};
}
