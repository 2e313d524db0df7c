export declare function fold(text: string): string;
export declare function formKey(text: string): string;
export declare function kebab(name: string): string;
export declare const ARABIC_LETTER: RegExp;
export declare const ARABIC_ANY: RegExp;
