/** Every column of the bench's child-summary rows, as PostGraphile names them. */
const SUMMARY = `rowId givenName familyName preferredName dateOfBirth laId laCode laName advocateId advocateName advocateUserId awaiting inCare
  latestDecision offerId offerReason promptedOn dueOn dueExplanation outcome outcomeOn childWords nonInstructedReason closedOn firstLanguage uasc uascCeasedOn`;

export const PG_MY_CHILDREN = `query MyChildren { myChildren { nodes { ${SUMMARY} } } }`;
export const PG_LA_CHILDREN = `query LaChildren { laChildren { nodes { ${SUMMARY} } } }`;
export const PG_CHILD = `query Child($id: UUID!) { child(id: $id) { ${SUMMARY} communicationNeeds legalStatus placementType episodes offers decisions
  assignments missingEpisodes triggerEvents corrections legalHold dateOfDeath } }`;
