import { packageOf, summariseProfile } from './cpu-profile';

const frame = (functionName: string, url: string) => ({ functionName, url });

describe('packageOf', () => {
  it('names packages, scoped packages, Heard, Node internals and V8 pseudo-frames', () => {
    expect(packageOf(frame('handle', 'file:///w/node_modules/express/lib/router.js'))).toBe('express');
    expect(packageOf(frame('run', 'file:///w/node_modules/@apollo/server/dist/x.js'))).toBe('@apollo/server');
    expect(packageOf(frame('q', 'file:///w/node_modules/a/node_modules/pg/lib/client.js'))).toBe('pg');
    expect(packageOf(frame('myChildren', 'file:///w/dist/api/api/src/modules/children/children.service.js'))).toBe('Heard (api/, libs/, tools/)');
    expect(packageOf(frame('emit', 'node:events'))).toBe('node: internals');
    expect(packageOf(frame('(garbage collector)', ''))).toBe('(garbage collector)');
    expect(packageOf(frame('stringify', ''))).toBe('(native)');
  });
});

describe('summariseProfile', () => {
  // root → express → pg (self 3 ms), express self 1 ms, (garbage collector) 4 ms, (idle) 2 ms.
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 4, 5] },
      { id: 2, callFrame: frame('handle', 'file:///w/node_modules/express/index.js'), children: [3] },
      { id: 3, callFrame: frame('query', 'file:///w/node_modules/pg/index.js') },
      { id: 4, callFrame: frame('(garbage collector)', '') },
      { id: 5, callFrame: frame('(idle)', '') },
    ],
    samples: [3, 3, 3, 2, 4, 4, 4, 4, 5, 5],
    timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
  };

  it('sums self time by package and inclusive time per framework', () => {
    const summary = summariseProfile(profile);
    expect(summary.totalMs).toBe(10);
    expect(summary.selfByPackage).toEqual([
      { name: '(garbage collector)', percent: 40 },
      { name: 'pg', percent: 30 },
      { name: '(idle)', percent: 20 },
      { name: 'express', percent: 10 },
    ]);
    expect(summary.inclusive['express']).toBe(40);
    expect(summary.inclusive['pg']).toBe(30);
    expect(summary.inclusive['@apollo/server']).toBe(0);
  });

  it('keeps only the last window of samples', () => {
    const summary = summariseProfile(profile, 4);
    expect(summary.totalMs).toBe(4);
    expect(summary.selfByPackage).toEqual([
      { name: '(garbage collector)', percent: 50 },
      { name: '(idle)', percent: 50 },
    ]);
  });
});
