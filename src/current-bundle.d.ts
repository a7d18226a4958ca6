/** Types of `current-bundle.js`, which the `qcon` command loads without tsx. */
export declare const ROOT: string;
export declare const BUNDLES: string;
export declare function bundleName(source: string, root?: string): string;
export declare function entryName(source: string): string;
export declare function bundlesOn(): boolean;
export declare function currentBundle(folder: string, source: string): string | null;
export declare function sha256(bytes: Uint8Array): string;
