import { Injectable, inject } from '@angular/core';
import { SessionStore } from '../auth/session.store';

/** Fetches files from the API with the session's access token: as a blob to show, or saved as a download. */
@Injectable({ providedIn: 'root' })
export class AuthenticatedFiles {
  private readonly session = inject(SessionStore);

  /** The file at `url`; rejects with `failure` as the message when the API refuses or is unreachable. */
  async blob(url: string, failure: string): Promise<Blob> {
    let response: Response;
    try {
      response = await fetch(url, { headers: { Authorization: `Bearer ${this.session.accessToken() ?? ''}` } });
    } catch {
      throw new Error(failure);
    }
    if (!response.ok) throw new Error(failure);
    return response.blob();
  }

  /** Saves the file at `url` as `fileName`. */
  async download(url: string, fileName: string, failure: string): Promise<void> {
    const objectUrl = URL.createObjectURL(await this.blob(url, failure));
    const link = Object.assign(document.createElement('a'), { href: objectUrl, download: fileName });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(objectUrl), 0);
  }
}
