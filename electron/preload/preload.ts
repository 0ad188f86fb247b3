/**
 * The sandboxed preload: exposes the contract's verbs on `window.copydesk` and nothing else — never
 * ipcRenderer, never the event object. `satisfies` makes the compiler check the shape against the contract.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { CopydeskBridge } from '../api/contract.js';

const call = (method: string) => (args: unknown) => ipcRenderer.invoke(`copydesk:${method}`, args);

const bridge = {
  listArticles: call('listArticles'),
  searchArticles: call('searchArticles'),
  getArticle: call('getArticle'),
  importFiles: call('importFiles'),
  importText: call('importText'),
  startImport: call('startImport'),
  importStatus: call('importStatus'),
  cancelImport: call('cancelImport'),
  listImports: call('listImports'),
  listQuarantine: call('listQuarantine'),
  storyLinks: call('storyLinks'),
  correctionOf: call('correctionOf'),
  getHotFolder: call('getHotFolder'),
  setHotFolder: call('setHotFolder'),
  saveArticle: call('saveArticle'),
  saveBody: call('saveBody'),
  listRevisions: call('listRevisions'),
  getRevision: call('getRevision'),
  compareRevisions: call('compareRevisions'),
  revertStory: call('revertStory'),
  compareWithAgency: call('compareWithAgency'),
  setDeskUser: call('setDeskUser'),
  undoChange: call('undoChange'),
  settleUpdate: call('settleUpdate'),
  undoUpdateChange: call('undoUpdateChange'),
  redoChange: call('redoChange'),
  exportArticles: call('exportArticles'),
  setSpeaker: call('setSpeaker'),
  fixFlag: call('fixFlag'),
  dismissFlag: call('dismissFlag'),
  addBoilerplate: call('addBoilerplate'),
  removeBoilerplate: call('removeBoilerplate'),
  recleanStory: call('recleanStory'),
  getDesk: call('getDesk'),
  saveGlossary: call('saveGlossary'),
  saveRegistryEntry: call('saveRegistryEntry'),
  previewExport: call('previewExport'),
  listPresets: call('listPresets'),
  savePreset: call('savePreset'),
  deletePreset: call('deletePreset'),
  listKills: call('listKills'),
  killStatus: call('killStatus'),
  liftKill: call('liftKill'),
  previewPublish: call('previewPublish'),
  publishStories: call('publishStories'),
  publishStatus: call('publishStatus'),
  takeDownStory: call('takeDownStory'),
  savePublishPassword: call('savePublishPassword'),
  searchMediaTopics: call('searchMediaTopics'),
} satisfies Record<keyof CopydeskBridge, (args: unknown) => Promise<unknown>>;

contextBridge.exposeInMainWorld('copydesk', bridge);
