import { qrDrawing } from './qr-code';

describe('the QR code of a child’s link', () => {
  it('is a square of modules with a 4-module quiet zone, drawn as one path', () => {
    const drawing = qrDrawing('https://heard.example/c/AbCdEfGhIjKlMnOpQrStUvWxYz012345');
    // The 57-character link needs version 4 (33 modules) at level M: 33 + 8.
    expect(drawing.size).toBe(41);
    expect(drawing.path.startsWith('M4 4h1v1h-1z')).toBe(true);
  });
});
