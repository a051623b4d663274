import type { z } from 'zod';
import { errors } from '../errors';

/** Validates request input; the first problem becomes a 400 with a Chinese sentence. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw errors.invalidInput(/[\u4e00-\u9fff]/.test(issue.message) ? issue.message : `请求参数有误(${where}${issue.message})`);
}
