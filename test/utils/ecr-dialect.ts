import type { AnswerRewrite } from '../oracle/recording-proxy';

/**
 * Answers blob uploads as ECR does where it departs from the distribution spec (aws/containers-roadmap#2831, and
 * the clients that met it: mise, chalk, tart): a chunk's PATCH is answered 201 instead of 202, and the `Range` an
 * upload session reports (after a PATCH, or to a GET of its status) stops advancing after its first PATCH. The
 * registry behind still stores every byte, so what a client ends up with is what it would end up with on ECR.
 */
export function ecrDialect(): AnswerRewrite {
  const firstRange = new Map<string, string>();
  return (request, answer) => {
    const session = /\/blobs\/uploads\/([^/?]+)/.exec(request.path)?.[1];
    if (!session || !['PATCH', 'GET'].includes(request.method)) return answer;
    const headers = { ...answer.headers };
    const range = headers.range;
    if (typeof range === 'string') {
      if (!firstRange.has(session) && request.method === 'PATCH') firstRange.set(session, range);
      headers.range = firstRange.get(session) ?? range;
    }
    const status = request.method === 'PATCH' && answer.status === 202 ? 201 : answer.status;
    return { status, headers };
  };
}
