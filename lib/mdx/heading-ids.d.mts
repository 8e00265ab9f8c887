import type { Root } from 'mdast';

export declare function headingIdsOf(source: string): string[];
export declare function headingIdsOfTree(tree: Root): string[];
