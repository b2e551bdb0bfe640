/** A GraphQL request over HTTP; throws with the server's message on any error. */
export async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors !== undefined || body.data === undefined)
    throw new Error(`GraphQL failed: ${body.errors?.map((e) => e.message).join('; ') ?? response.status}`);
  return body.data;
}

export async function signIn(url: string, email: string, password: string): Promise<string> {
  const data = await graphql<{ login: { accessToken: string } }>(
    url,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    { email, password },
  );
  return data.login.accessToken;
}

/** The same selection the portal's "My children" page makes. */
export const MY_CHILDREN = `query MyChildren { myChildren { id givenName familyName preferredName dateOfBirth status localAuthority { id name } advocate { id displayName }
  currentOffer { id reason promptedOn dueOn dueExplanation overdue outcome outcomeOn childWords nonInstructedReason } } }`;

const OFFER_FIELDS = `id reason promptedOn dueOn dueExplanation overdue outcome outcomeOn childWords nonInstructedReason allowedCommands`;
const SUMMARY_FIELDS = `id givenName familyName preferredName dateOfBirth status localAuthority { id name } advocate { id displayName }
  currentOffer { ${OFFER_FIELDS} } interpreterNeeded`;

/** The portal's LA children list (web/src/app/features/children/children.graphql, fragments inlined). */
export const LA_CHILDREN = `query LaChildren { laChildren { ${SUMMARY_FIELDS} lastHeardAt contactStandard { status } } }`;

/** The portal's child page (web/src/app/features/children/children.graphql, fragments inlined). */
export const CHILD = `query Child($id: ID!) { child(id: $id) {
  id corrections { id kind text label } givenName familyName preferredName dateOfBirth status firstLanguage communicationNeeds uasc uascCeasedOn
  interpreterNeeded missingEpisodes { kind startedOn endedOn days } legalStatus placementType
  retention { retainUntil rule explanation dateOfDeath legalHold { reason placedOn placedByName } allowedCommands }
  localAuthority { id name } advocate { id displayName } currentOffer { ${OFFER_FIELDS} } offers { ${OFFER_FIELDS} }
  decisions { id kind decidedOn childWords recordedBy }
  assignments { id advocate { id displayName } startedOn startReason endedOn endReason endNote }
  episodes { id startDate endDate legalStatus placementType } allowedCommands } }`;
