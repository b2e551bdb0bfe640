/** What @types/pdfkit leaves out of PDFKit's tagging: a table header cell's scope (PDFKit writes it as the TH's /Scope attribute). */
declare global {
  namespace PDFKit.Mixins {
    interface StructureElementOptions {
      scope?: 'Row' | 'Column' | 'Both';
    }
  }
}

export {};
