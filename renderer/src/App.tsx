import { useEffect, useState } from 'react';
import { api } from './api';

export function App() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    void api.listArticles({}).then((l) => setCount(l.length));
  }, []);
  return <main><h1>Copydesk</h1><p>{count === null ? 'Loading…' : `${count} stories`}</p></main>;
}
