import { Injectable, inject } from '@angular/core';
import { SessionStore } from '../../core/auth/session.store';
import { uploadAnswer } from './upload-answer';

const IMPORT_URL = '/api/imports/ssda903';

/** Uploads the three files of a return (and missing.csv and uasc.csv when chosen) with upload progress */
@Injectable({ providedIn: 'root' })
export class ImportUpload {
  private readonly session = inject(SessionStore);

  upload(
    files: { header: File; episodes: File; reviews: File; missing?: File | undefined; uasc?: File | undefined },
    onProgress: (fraction: number) => void,
  ): Promise<string> {
    const form = new FormData();
    form.append('header', files.header, 'header.csv');
    form.append('episodes', files.episodes, 'episodes.csv');
    form.append('reviews', files.reviews, 'reviews.csv');
    if (files.missing !== undefined) form.append('missing', files.missing, 'missing.csv');
    if (files.uasc !== undefined) form.append('uasc', files.uasc, 'uasc.csv');
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', IMPORT_URL);
      xhr.setRequestHeader('Authorization', `Bearer ${this.session.accessToken() ?? ''}`);
      xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
      xhr.onerror = () => reject(new Error('The files could not be sent. Check your connection and try again.'));
      xhr.onload = () => {
        const answer = uploadAnswer(xhr.status, xhr.responseText);
        if ('importId' in answer) resolve(answer.importId);
        else reject(new Error(answer.message));
      };
      xhr.send(form);
    });
  }
}
