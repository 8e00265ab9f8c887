/** A running nginx serving a built out/ with the project's configuration (see nginx.mjs). */
export interface RunningNginx {
  origin: string;
  errors(): string;
  stop(): Promise<void>;
}
export const nginxBinary: string | undefined;
export function freePort(): Promise<number>;
export function testConfig(options: { root: string; port: number; prefix: string }): string;
export function startNginx(options?: { root?: string; port?: number }): Promise<RunningNginx>;
