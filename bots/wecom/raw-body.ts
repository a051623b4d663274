import type { IncomingMessage } from 'node:http';
import { CallbackRejected } from './callback-crypto';

/** Reads a request body as UTF-8, refusing it once it passes `limit` bytes (declared or actual). */
export async function readRawBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) throw tooLarge(declared, limit);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) {
        // Stop reading; the answer goes out and the connection is closed with it.
        req.pause();
        throw tooLarge(size, limit);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof CallbackRejected) throw error;
    // A broken chunked encoding or a body cut off: the sender's fault, not ours.
    throw new CallbackRejected(
      'BODY_UNREADABLE',
      400,
      `body unreadable after ${size} bytes: ${(error as { code?: string }).code ?? 'aborted'}`,
    );
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(size: number, limit: number): CallbackRejected {
  return new CallbackRejected('BODY_TOO_LARGE', 413, `body of ${size}+ bytes over ${limit}`);
}
