export declare function headingIdsOf(source: string): string[];
