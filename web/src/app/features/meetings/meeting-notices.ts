/** What the page's banner says once an earlier action has been followed up at this meeting. */
export function actionReviewedNotice(action: { readonly what: string; readonly status: string }): string {
  const outcome = action.status === 'DONE' ? 'done' : action.status === 'NOT_DONE' ? 'not done' : 'carried over to the next meeting';
  return `Action reviewed: "${action.what}" is recorded as ${outcome}.`;
}
