import '../runtime-paths';
import { parentPort } from 'node:worker_threads';
import { reportPdf, type ReportModel } from '@heard/report';

/** A thread that lays out report PDFs: a model in, its bytes back (moved, not copied). */
parentPort?.on('message', (job: { id: number; model: ReportModel }) => {
  void reportPdf(job.model).then(
    (pdf) => parentPort?.postMessage({ id: job.id, pdf }, [pdf.buffer as ArrayBuffer]),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
