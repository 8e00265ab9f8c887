export declare const systemChromium: string | undefined;
export declare const chromiumArgs: string[];
