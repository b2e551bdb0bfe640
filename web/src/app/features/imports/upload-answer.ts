import { isRecord } from '../../core/graphql/graphql-request.error';

/** What the API's answer to an SSDA903 upload means: the import started, or a message for the user. */
export type UploadAnswer = { readonly importId: string } | { readonly message: string };

const UPLOAD_FAILED = 'The files could not be imported. Please try again.';

/** Reads the upload's answer: 202 with an `importId` started an import; anything else is the API's message, or a plain one. */
export function uploadAnswer(status: number, responseText: string): UploadAnswer {
  const body = parse(responseText);
  if (status === 202 && typeof body['importId'] === 'string') return { importId: body['importId'] };
  return { message: typeof body['message'] === 'string' ? body['message'] : UPLOAD_FAILED };
}

function parse(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : {};
  } catch {
    return {};
  }
}
