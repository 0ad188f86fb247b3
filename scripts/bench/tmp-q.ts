import { CopydeskService } from '../../electron/desk/service.js';
import { ArticleStore } from '../../electron/store/article-store.js';
const service = new CopydeskService(await ArticleStore.open(process.argv[2] as string));
await service.searchArticles({ limit: 1 });
for (const q of ['officials', 'government', 'elections said', 'running', 'market prices', 'talks', 'officials', 'government']) {
  const t0 = performance.now(); const r = await service.searchArticles({ query: q, limit: 50, facets: true });
  console.log(q, r.matching, (performance.now() - t0).toFixed(1), 'ms', r.terms.slice(0, 8).join(','));
}
await service.close();
