import { CopydeskService } from '../../electron/desk/service.js';
import { ArticleStore } from '../../electron/store/article-store.js';
const t0 = performance.now();
const service = new CopydeskService(await ArticleStore.open(process.argv[2] as string));
await service.searchArticles({ limit: 100 });
console.log(`first page at ${(performance.now() - t0).toFixed(0)} ms`);
process.exit(0);
