// The plain header most screens have: one bold word.
import React from 'react';
import {Text} from 'ink';

export function Title(text: string): () => React.ReactNode {
	return function Header() {
		return <Text bold>{text}</Text>;
	};
}
