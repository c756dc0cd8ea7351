/**
 * What the web bridge adds to a call: the same cheap call (auth.me) through HTTP to the bridge and through
 * `dispatch` in-process, alternately in the same run, on the same core. The bridge runs in this process, so
 * both see the same database and the same slow moments of the machine; the HTTP client keeps its connection
 * open, as the browser does.
 */
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { openHouse } from '../db/house';
import { dispatch } from '../db/contract/dispatch';
import { startBridge } from '../bridge/server';
import { signIn } from './measure';
import { row, stats, type Row } from './rows';
import { amount } from './table';

const TARGET = { maxAdded: 0.2 };
const METHOD = 'auth.me';

function post(agent: Agent, port: number, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${METHOD}`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': '2' },
      },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`${METHOD}: ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

export async function measureBridgeOverhead(dataDir: string, opts: { budgetMs: number }): Promise<Row[]> {
  const core = await openHouse({ dataDir });
  const token = await signIn(core);
  const bridge = await startBridge(core, { staticDir: fileURLToPath(new URL('../dist/renderer/', import.meta.url)) });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const inProcess = async () => {
      const r = await dispatch(core, METHOD, {}, token);
      if (!r.ok) throw new Error(`${METHOD}: ${r.error.code}`);
    };
    const overHttp = () => post(agent, bridge.port, token);
    for (let i = 0; i < 50; i++) {
      await inProcess();
      await overHttp();
    }
    const direct: number[] = [];
    const http: number[] = [];
    const added: number[] = [];
    const until = performance.now() + opts.budgetMs;
    while (performance.now() < until || direct.length < 200) {
      let t = performance.now();
      await inProcess();
      const d = performance.now() - t;
      t = performance.now();
      await overHttp();
      const h = performance.now() - t;
      direct.push(d);
      http.push(h);
      added.push(h - d);
    }
    const addedMedian = stats(added).median;
    return [
      row(`bridge: ${METHOD} over HTTP (keep-alive) vs dispatch in-process`, stats(http), stats(direct), TARGET, {
        added: addedMedian,
        note: `median of the paired differences ${amount(addedMedian, 'ms')} over ${added.length} pairs`,
      }),
    ];
  } finally {
    agent.destroy();
    await bridge.close();
    core.close();
  }
}
