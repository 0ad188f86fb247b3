/**
 * One editing session of one story: the ProseMirror view, the revision the typing is based on, drafts kept as the
 * editor types, saves (Ctrl+S), and the merge of anything the store answers with (a speaker confirmed, a cleaning
 * change undone, a metadata save) underneath the typing. The component using it is keyed by story id, so
 * nothing of one story's session can leak into the next.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { EditorView } from 'prosemirror-view';
import type { Article } from '../../../../electron/domain/article';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';
import { clearDraft, readDraft, writeDraft } from './drafts';
import { onMetadataPreview } from './metadata-preview';
import { registerFlush } from './pending-edits';
import { replaceContent } from './prose/apply-content';
import { deskMarksOf, frameOf } from './prose/article-marks';
import { deskMarksKey, type FlagMark } from './prose/desk-marks';
import { contentOf, docOf } from './prose/doc-content';
import { createEditorState } from './prose/editor-state';
import { capPastedText, sanitisePastedHtml } from './prose/paste';
import { storyFrameKey } from './prose/story-frame';
import { contentOfArticle, describeEdit, mergeContent, sameContent, type StoryContent } from './prose/story-content';

const DRAFT_DELAY_MS = 300;

export interface Popover {
  readonly kind: 'flag' | 'speaker';
  readonly at: DOMRect;
  readonly flag?: FlagMark;
  readonly block?: string;
}

export interface Conflict {
  readonly message: string;
  readonly theirs: Article;
}

export interface EditorSession {
  readonly host: RefObject<HTMLDivElement | null>;
  readonly view: () => EditorView | null;
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly notice: string | null;
  readonly conflict: Conflict | null;
  readonly popover: Popover | null;
  readonly findOpen: { readonly replace: boolean } | null;
  readonly save: () => Promise<number | null>;
  readonly discardDraft: () => void;
  readonly keepMine: () => void;
  readonly takeTheirs: () => void;
  readonly closePopover: () => void;
  readonly closeFind: () => void;
  readonly setNotice: (message: string | null) => void;
}

export function useEditorSession(article: Article, onArticle: (a: Article) => void): EditorSession {
  const { report } = useErrors();
  const viewRef = useRef<EditorView | null>(null);
  const host = useRef<HTMLDivElement | null>(null);
  const base = useRef<{ revision: number; content: StoryContent }>({ revision: 0, content: { headline: '', abstract: '', blocks: [] } });
  const latest = useRef(article);
  const onArticleRef = useRef(onArticle);
  const saving = useRef<Promise<number | null> | null>(null);
  const draftTimer = useRef<number | undefined>(undefined);
  const dirtyRef = useRef(false);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [popover, setPopover] = useState<Popover | null>(null);
  const [findOpen, setFindOpen] = useState<{ replace: boolean } | null>(null);
  const storyId = article.id;

  useEffect(() => {
    onArticleRef.current = onArticle;
  }, [onArticle]);

  const markDirty = useCallback((value: boolean) => {
    if (dirtyRef.current !== value) {
      dirtyRef.current = value;
      setDirty(value);
    }
  }, []);

  /** Keeps the draft in step with the text: written while it differs from the base, cleared once it does not. */
  const keepDraft = useCallback(() => {
    const view = viewRef.current;
    if (!view) return;
    const mine = contentOf(view.state.doc);
    const b = base.current;
    if (sameContent(mine, b.content)) {
      clearDraft(storyId);
      markDirty(false);
      return;
    }
    markDirty(true);
    if (!writeDraft({ storyId, revision: b.revision, base: b.content, mine, at: new Date().toISOString() })) {
      setNotice('The browser refused to keep a draft (storage full): save soon.');
    }
  }, [markDirty, storyId]);

  /** The store's newer version arrives: merged under the typing, decorations rebuilt. */
  const receive = useCallback(
    (a: Article) => {
      const view = viewRef.current;
      if (!view || a.id !== storyId) return;
      const theirs = contentOfArticle(a);
      const b = base.current;
      if (a.revision !== b.revision || !sameContent(theirs, b.content)) {
        const mine = contentOf(view.state.doc);
        const merged = mergeContent(b.content, mine, theirs);
        base.current = { revision: a.revision, content: theirs };
        const tr = replaceContent(view.state, merged);
        if (tr) view.dispatch(tr);
      }
      view.dispatch(view.state.tr.setMeta(deskMarksKey, deskMarksOf(a)).setMeta(storyFrameKey, frameOf(a)).setMeta('addToHistory', false));
      keepDraft();
    },
    [keepDraft, storyId],
  );

  const saveNow = useCallback(async (): Promise<number | null> => {
    const view = viewRef.current;
    if (!view) return null;
    window.clearTimeout(draftTimer.current);
    let b = base.current;
    const mine = contentOf(view.state.doc);
    if (sameContent(mine, b.content)) return b.revision;
    for (let attempt = 0; attempt < 2; attempt++) {
      const result = await api.saveBody({
        id: storyId,
        revision: b.revision,
        headline: mine.headline,
        abstract: mine.abstract,
        blocks: mine.blocks.map((k) => ({ id: k.id, type: k.type, text: k.text, marks: [...k.marks] })),
        summary: describeEdit(b.content, mine).slice(0, 200),
      });
      if (result.saved) {
        // What was sent is now the base: typing done during the save stays on top of the stored version.
        base.current = { revision: b.revision, content: mine };
        receive(result.article);
        onArticleRef.current(result.article);
        setConflict(null);
        return result.article.revision;
      }
      const theirs = result.conflict.theirs;
      if (sameContent(contentOfArticle(theirs), b.content)) {
        // Only fields outside the text changed (metadata, status): save again on the newer revision.
        base.current = b = { revision: theirs.revision, content: b.content };
        continue;
      }
      setConflict({ message: result.conflict.message, theirs });
      return null;
    }
    return null;
  }, [receive, storyId]);

  const save = useCallback(async (): Promise<number | null> => {
    while (saving.current) await saving.current;
    const run = saveNow().catch((err: unknown) => {
      report(err);
      return null;
    });
    saving.current = run;
    setBusy(true);
    try {
      return await run;
    } finally {
      saving.current = null;
      setBusy(false);
    }
  }, [report, saveNow]);

  // The view is made once per session; what it calls back goes through this ref, so it always calls the latest.
  const calls = useRef({ save, keepDraft, markDirty });
  useEffect(() => {
    calls.current = { save, keepDraft, markDirty };
  }, [save, keepDraft, markDirty]);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const a = latest.current;
    const stored = contentOfArticle(a);
    const draft = readDraft(a.id);
    let start = stored;
    if (draft) {
      start = draft.revision === a.revision ? draft.mine : mergeContent(draft.base, draft.mine, stored);
      setNotice(`Your unsaved draft from ${new Date(draft.at).toLocaleString()} is back in the text.`);
    }
    base.current = { revision: a.revision, content: stored };
    const state = createEditorState({
      doc: docOf(start),
      keys: { save: () => void calls.current.save(), find: (replace) => setFindOpen({ replace }) },
      marks: deskMarksOf(a),
      markHandlers: {
        onFlag: (flag, at) => setPopover({ kind: 'flag', flag, at }),
        onSpeaker: (block, at) => setPopover({ kind: 'speaker', block, at }),
      },
      frame: frameOf(a),
    });
    const view = new EditorView(el, {
      state,
      attributes: { class: 'story-editor', spellcheck: 'true', 'aria-label': 'Story text' },
      transformPastedHTML: (html) => sanitisePastedHtml(html, setNotice),
      transformPastedText: (text) => capPastedText(text, setNotice),
      dispatchTransaction(tr) {
        view.updateState(view.state.apply(tr));
        if (!tr.docChanged || tr.getMeta('copydesk-remote')) return;
        calls.current.markDirty(true);
        window.clearTimeout(draftTimer.current);
        draftTimer.current = window.setTimeout(() => calls.current.keepDraft(), DRAFT_DELAY_MS);
      },
    });
    viewRef.current = view;
    if (draft) calls.current.keepDraft();
    return () => {
      // Leaving the story keeps the draft written now, not 300 ms later.
      window.clearTimeout(draftTimer.current);
      calls.current.keepDraft();
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  // A newer article from the store (after any action, or a reload): merged in under the typing.
  useEffect(() => {
    latest.current = article;
    receive(article);
  }, [article, receive]);

  // The metadata form's unsaved byline and dateline, shown around the text as they are typed.
  useEffect(
    () =>
      onMetadataPreview(storyId, (frame) => {
        const view = viewRef.current;
        if (view) view.dispatch(view.state.tr.setMeta(storyFrameKey, frame).setMeta('addToHistory', false));
      }),
    [storyId],
  );

  // Other actions on this story save the typing first (pending-edits.ts).
  useEffect(() => registerFlush(storyId, save), [storyId, save]);

  // Closing the window keeps the draft written now.
  useEffect(() => {
    const flushDraft = () => {
      window.clearTimeout(draftTimer.current);
      keepDraft();
    };
    window.addEventListener('beforeunload', flushDraft);
    return () => window.removeEventListener('beforeunload', flushDraft);
  }, [keepDraft]);

  const discardDraft = useCallback(() => {
    const view = viewRef.current;
    clearDraft(storyId);
    setNotice(null);
    if (view) {
      const tr = replaceContent(view.state, base.current.content);
      if (tr) view.dispatch(tr);
    }
    markDirty(false);
  }, [markDirty, storyId]);

  const keepMine = useCallback(() => {
    const view = viewRef.current;
    if (!conflict || !view) return;
    // Their revision becomes the base; the editor's changes since the old base go on top of it, block by block.
    const theirs = contentOfArticle(conflict.theirs);
    const merged = mergeContent(base.current.content, contentOf(view.state.doc), theirs);
    base.current = { revision: conflict.theirs.revision, content: theirs };
    const tr = replaceContent(view.state, merged);
    if (tr) view.dispatch(tr);
    setConflict(null);
    void save();
  }, [conflict, save]);

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    const view = viewRef.current;
    const theirs = conflict.theirs;
    base.current = { revision: theirs.revision, content: contentOfArticle(theirs) };
    if (view) {
      const tr = replaceContent(view.state, base.current.content);
      if (tr) view.dispatch(tr.setMeta('addToHistory', true));
    }
    setConflict(null);
    onArticleRef.current(theirs);
    keepDraft();
  }, [conflict, keepDraft]);

  // Stable: the find panel and the cards hold on to it across renders.
  const currentView = useCallback(() => viewRef.current, []);

  return {
    host,
    view: currentView,
    dirty,
    saving: busy,
    notice,
    conflict,
    popover,
    findOpen,
    save,
    discardDraft,
    keepMine,
    takeTheirs,
    closePopover: () => setPopover(null),
    closeFind: () => setFindOpen(null),
    setNotice,
  };
}
