import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { reportPdf, type ReportModel } from '@heard/report';

type Answer = { id: number; pdf: Uint8Array } | { id: number; error: string };

/**
 * Lays out the PDFs of many reports on this thread and `threads` worker threads at once, each taking the next model
 * when it is free (laying out a PDF is CPU work; one thread left the machine's other cores idle). Calls `done` with each
 * PDF as it is ready, in any order.
 */
export async function renderPdfs(models: readonly ReportModel[], threads: number, done: (index: number, pdf: Uint8Array) => Promise<void>): Promise<void> {
  const workers = Array.from({ length: threads }, () => new Worker(join(__dirname, 'report-pdf.worker.js')));
  let next = 0;
  const onWorker = (worker: Worker) => (id: number, model: ReportModel) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const answer = (message: Answer): void => {
        if (message.id !== id) return;
        worker.off('message', answer);
        if ('error' in message) reject(new Error(message.error));
        else resolve(message.pdf);
      };
      worker.on('message', answer);
      worker.postMessage({ id, model });
    });
  const lane = async (render: (id: number, model: ReportModel) => Promise<Uint8Array>): Promise<void> => {
    for (let i = next++; i < models.length; i = next++) {
      const model = models[i];
      if (model !== undefined) await done(i, await render(i, model));
    }
  };
  try {
    await Promise.all([lane((_id, model) => reportPdf(model)), ...workers.map((w) => lane(onWorker(w)))]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
