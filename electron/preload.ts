// The preload is an allowlist: it exposes `invoke` for contract methods and `on` for contract
// events, and nothing else. It runs sandboxed, so it is bundled into one CommonJS file.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventName } from '../contract/events';
import { isMethodName } from '../contract/methods';

const api = {
  invoke(method: string, input: unknown): Promise<unknown> {
    if (!isMethodName(method)) return Promise.reject(new Error(`Unknown method ${method}`));
    return ipcRenderer.invoke('retold:invoke', method, input);
  },
  on(event: string, callback: (payload: unknown) => void): () => void {
    if (!isEventName(event)) throw new Error(`Unknown event ${event}`);
    const listener = (_e: IpcRendererEvent, name: string, payload: unknown): void => {
      if (name === event) callback(payload);
    };
    ipcRenderer.on('retold:event', listener);
    return () => ipcRenderer.removeListener('retold:event', listener);
  },
};

contextBridge.exposeInMainWorld('retold', api);
