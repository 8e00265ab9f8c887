/** A running nginx serving a built out/ with the project's configuration (see nginx.mjs). */
export interface RunningNginx {
  /** The site: https://127.0.0.1:port with `tls`, else http://127.0.0.1:port. */
  origin: string;
  /** The port-80 server: ACME challenges, and a 301 to `origin` for everything else. */
  httpOrigin: string;
  /** The test certificate authority (PEM) that signed the server's certificate. */
  ca: string;
  /** The ACME webroot folder of the port-80 server. */
  acmeRoot: string;
  errors(): string;
  stop(): Promise<void>;
}
export const debianPackages: string[];
export const nginxBinary: string | undefined;
export function freePort(): Promise<number>;
export function testConfig(options: {
  root: string;
  port: number;
  httpPort: number;
  prefix: string;
  tls?: boolean;
  certDir: string;
  acmeRoot: string;
}): string;
export function startNginx(options?: {
  root?: string;
  port?: number;
  tls?: boolean;
  /** Name an OCSP responder in the certificate, and run one (openssl ocsp), for stapling. */
  ocsp?: boolean;
  /** Check first that `root` holds a build (default); false for a release target still empty. */
  requireBuild?: boolean;
}): Promise<RunningNginx>;
