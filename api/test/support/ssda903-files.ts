import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphqlTestClient } from './graphql-client';
/** A small SSDA903 return written for the tests: good rows and one of each kind of bad row. */
export const HEADER = `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
A1,1,01/03/2012,WBRI,,,
A2,2,15/07/2015,BAFR,,,
A3,1,30/02/2014,WBRI,,,
A4,3,01/01/2013,WBRI,,,
A5,2,10/10/2010,WBRI,,,
A6,1,05/05/2021,MWBC,,,
`;

export function episodes(a1LatestEnd = ''): string {
  const ended = a1LatestEnd === '' ? ',' : `${a1LatestEnd},E13`;
  return `CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
A1,10/01/2024,S,C2,N1,U4,PR1,02/05/2024,X1,,,,
A1,02/05/2024,P,C2,N1,K2,PR4,${ended},CARPL,,,
A2,01/06/2024,S,V2,N4,U6,PR1,,,,,,
A9,01/06/2024,S,C2,N1,U4,PR1,,,,,,
A1,01/04/2024,P,C2,N1,U4,PR1,,,,,,
A5,01/01/2023,S,C2,N1,U4,PR1,01/12/2023,E13,,,,
A2,01/07/2024,S,C2,N1,U4,PR1,01/06/2024,E8,,,,
A6,01/02/2024,S,C1,N1,U4,PR1,,,,,,
A2,01/06/2025,S,Q9,N1,U4,PR1,,,,,,
`;
}

export const REVIEWS = `CHILD,DOB,REVIEW,REVIEW_CODE
A1,01/03/2012,05/02/2024,PN1
A1,01/03/2012,01/08/2024,PN3
A6,05/05/2021,01/03/2024,PN1
A7,01/01/2010,01/03/2024,PN1
A2,15/07/2015,31/11/2024,PN2
`;

/**
 * Uploads a return as `client` and waits until the import has finished, answering the import as
 * `query` selects it (its `status` is read to know when it is done).
 */
export async function importAndWait<T extends { status: string }>(
  baseUrl: string,
  client: GraphqlTestClient,
  query: TypedDocumentNode<{ ssda903Import: T }, { id: string | number }>,
  files: Record<'header' | 'episodes' | 'reviews', string | Uint8Array> & Partial<Record<'missing' | 'uasc', string | Uint8Array>>,
): Promise<T> {
  const form = new FormData();
  for (const [field, content] of Object.entries(files)) form.append(field, new Blob([content], { type: 'text/csv' }), `${field}.csv`);
  const response = await fetch(`${baseUrl}/api/imports/ssda903`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${client.accessToken ?? ''}` },
  });
  const { importId } = (await response.json()) as { importId?: string };
  for (let i = 0; i < 200; i += 1) {
    const result = (await client.execute(query, { id: importId ?? '' })).data?.ssda903Import;
    if (result !== undefined && result.status !== 'RUNNING') return result;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the import did not finish');
}
