// Reads a PDF on standard input with Mozilla's PDF.js and prints, as JSON, what a reader gets from it: the document
// information, whether it is marked (tagged), each page's text, and the structure tree (roles, alternative text).
// Run by the report's tests as a child process, because PDF.js is an ES module and the tests run as CommonJS.
// PDF.js 6 expects Node 22's Promise.withResolvers; Heard runs on Node 20.
Promise.withResolvers ??= () => {
  let resolve, reject;
  const promise = new Promise((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
};
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));
const pdf = await getDocument({ data, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
const { info } = await pdf.getMetadata();
const pages = [];
const structure = [];
const walk = (node, depth) => {
  if (node === null || typeof node !== 'object' || !('role' in node)) return;
  structure.push({ role: node.role, depth, ...(node.alt === undefined ? {} : { alt: node.alt }) });
  for (const child of node.children ?? []) walk(child, depth + 1);
};
for (let n = 1; n <= pdf.numPages; n += 1) {
  const page = await pdf.getPage(n);
  const text = await page.getTextContent();
  pages.push(text.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  walk(await page.getStructTree(), 0);
}
process.stdout.write(JSON.stringify({ info, markInfo: await pdf.getMarkInfo(), pages, structure }));
