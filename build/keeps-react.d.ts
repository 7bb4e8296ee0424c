// Types of keeps-react.js (plain JavaScript so that the lint config can import it).
export declare const PREACT_FOR: Readonly<Record<string, string>>;
export declare const KEEPS_REACT: readonly string[];
export declare const NEEDS_REACT: readonly string[];
export declare function keepsReact(id: string): boolean;
export declare function needsReact(source: string): boolean;
export declare function keepsReactGlobs(): string[];
