export * from './build-report';
export * from './csv';
export * from './figures';
export * from './html';
export * from './model';
export * from './pdf';
export { REPORT_PDF_DATE } from './pdf-style';
export * from './period';
export * from './suppression';
