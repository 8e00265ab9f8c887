import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** A response as it came: status, headers and the body's bytes (not decompressed). */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * One HTTP/1.1 request, HTTP or HTTPS by the URL, trusting the given CAs (the test servers'
 * certificates); redirects are not followed.
 */
export function requestAnswer(
  url: string,
  {
    method = 'GET',
    headers = {},
    ca,
  }: { method?: string; headers?: Record<string, string>; ca?: string | string[] } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = url.startsWith('https:') ? httpsRequest : httpRequest;
    request(url, { method, headers, ca }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

/** One header of an answer as text ('' when absent). */
export const header = (answer: Answer, name: string) => String(answer.headers[name] ?? '');
