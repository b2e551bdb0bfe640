/**
 * PostGraphile 5 declares Node >= 22 and calls `Promise.withResolvers` (Node 22); the bench runs on Node 20, so the
 * PostGraphile server loads this first. Bench only: nothing in Heard uses it.
 */
interface Resolvers<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}

const withResolvers = <T>(): Resolvers<T> => {
  let resolve: Resolvers<T>['resolve'] = () => undefined;
  let reject: Resolvers<T>['reject'] = () => undefined;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
};

const promise = Promise as unknown as { withResolvers?: typeof withResolvers };
if (typeof promise.withResolvers !== 'function') promise.withResolvers = withResolvers;
