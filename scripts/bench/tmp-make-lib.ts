import { CopydeskService } from '../../electron/desk/service.js';
import { ArticleStore } from '../../electron/store/article-store.js';
import { generateStory } from './generate.js';
const [dir, n] = [process.argv[2] as string, Number(process.argv[3])];
const service = new CopydeskService(await ArticleStore.open(dir), {});
async function* inputs() { for (let i = 0; i < n; i++) yield { name: `story-${i}.txt`, bytes: Buffer.from(generateStory(i)) }; }
const t0 = performance.now();
await service.importStream(inputs(), { batchFiles: 500 });
await service.search.flush();
console.log(`imported ${n} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
await service.close();
