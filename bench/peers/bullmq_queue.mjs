// BullMQ 6.7 queue benchmark: N no-op jobs added with addBulk, then drained by one Worker
// (one process) with the given concurrency. Jobs are removed on completion, as Caravan's
// acknowledge deletes the task; BullMQ's worker holds a lock per job and renews it (its stalled
// job check puts a job back if the worker dies): leases, like Caravan.
//   node bullmq_queue.mjs REDIS_PORT [tasks=20000] [concurrency=32]
// Prints: tool=bullmq tasks=… concurrency=… enqueue_s=… enqueue_per_s=… process_s=… process_per_s=…
import { Queue, Worker } from 'bullmq';

const port = Number(process.argv[2]);
const tasks = Number(process.argv[3] ?? 20000);
const concurrency = Number(process.argv[4] ?? 32);
const connection = { host: '127.0.0.1', port, maxRetriesPerRequest: null };

const queue = new Queue('bench', { connection });
await queue.waitUntilReady();
const jobs = [];
for (let n = 1; n <= tasks; n++) {
    jobs.push({ name: 'noop', data: { id: `bench-${n}`, n }, opts: { removeOnComplete: true, removeOnFail: 1000 } });
}
const enqueueStart = performance.now();
await queue.addBulk(jobs);
const enqueueSeconds = (performance.now() - enqueueStart) / 1000;

let completed = 0;
let failed = 0;
let processStart;
const finished = new Promise((resolve) => {
    const worker = new Worker('bench', async () => {}, { connection, concurrency, autorun: false });
    worker.on('completed', () => { if (++completed === tasks) resolve(worker); });
    worker.on('failed', () => { failed++; });
    processStart = performance.now();
    worker.run();
});
const worker = await finished;
const processSeconds = (performance.now() - processStart) / 1000;
await worker.close();
await queue.close();
if (failed > 0) console.error(`${failed} jobs failed`);
console.log(`tool=bullmq tasks=${tasks} concurrency=${concurrency} enqueue_s=${enqueueSeconds.toFixed(3)} `
    + `enqueue_per_s=${(tasks / enqueueSeconds).toFixed(0)} process_s=${processSeconds.toFixed(3)} `
    + `process_per_s=${(tasks / processSeconds).toFixed(0)}`);
