/** Serves the built site on 127.0.0.1 with `vite preview`, the way the e2e tests do. */
import { preview, type PreviewServer } from 'vite';

export interface Site {
  origin: string;
  close(): Promise<void>;
}

export async function serveSite(outDir: string, port = 4190): Promise<Site> {
  const server: PreviewServer = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}
