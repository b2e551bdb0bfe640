import { qrDrawing } from './qr-code';

describe('the QR code of a child’s link', () => {
  it('is a square of modules with a 4-module quiet zone, drawn as one path', () => {
    const drawing = qrDrawing('https://heard.example/c/AbCdEfGhIjKlMnOpQrStUvWxYz012345');
    // Version 3 (29 modules) holds this link at level M: 29 + 8.
    expect(drawing.size).toBe(37);
    expect(drawing.path.startsWith('M4 4h1v1h-1z')).toBe(true);
  });
});
