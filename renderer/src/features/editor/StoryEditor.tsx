/**
 * The story, edited in place: headline, abstract and body in one ProseMirror editor (one undo history, one find,
 * one save), with the desk's flags and speaker tags shown in the text. Keyed by story id by its parent.
 */
import { useCallback, useEffect, useState } from 'react';
import { TextSelection } from 'prosemirror-state';
import type { Article } from '../../../../electron/domain/article';
import { api } from '../../api';
import { useErrors } from '../../ui/error-context';
import { directionOf } from '../../ui/text-direction';
import { EditorToolbar } from './EditorToolbar';
import { FindPanel } from './FindPanel';
import { FlagCard, SpeakerCard } from './MarkCards';
import { OrphanedNotes } from './OrphanedNotes';
import { UpdateMergePanel } from '../updates/UpdateMergePanel';
import { onFocusParagraph } from './paragraph-focus';
import { acceptFlag } from './prose/desk-marks';
import { blockPositions } from './prose/block-text';
import { useEditorSession } from './use-editor-session';
import 'prosemirror-view/style/prosemirror.css';
import './editor.css';

interface StoryEditorProps {
  readonly article: Article;
  readonly onArticle: (article: Article) => void;
}

export function StoryEditor({ article, onArticle }: StoryEditorProps) {
  const { host, view, save, closePopover, popover, dirty, saving, findOpen, closeFind, notice, setNotice, discardDraft, conflict, keepMine, takeTheirs } =
    useEditorSession(article, onArticle);
  const { report } = useErrors();
  const [acting, setActing] = useState(false);
  const dir = directionOf(article.language);

  // The toolbar sticks under the story's header, whatever height the header wraps to.
  useEffect(() => {
    const header = document.querySelector<HTMLElement>('.story-header');
    if (!header) return;
    const observer = new ResizeObserver(() => document.documentElement.style.setProperty('--story-header-h', `${header.offsetHeight}px`));
    observer.observe(header);
    return () => observer.disconnect();
  }, []);

  // ¶ references elsewhere on the desk jump here.
  useEffect(
    () =>
      onFocusParagraph((index) => {
        const v = view();
        if (!v) return;
        const target = [...blockPositions(v.state.doc).values()].find((b) => b.index === index);
        if (!target) return;
        v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, target.pos)).scrollIntoView());
        v.focus();
        const dom = v.nodeDOM(target.pos - 1);
        if (dom instanceof HTMLElement) {
          dom.scrollIntoView({ block: 'center' });
          dom.classList.add('block-focused');
          window.setTimeout(() => dom.classList.remove('block-focused'), 1200);
        }
      }),
    [view],
  );

  /** A store action on this story: the typing is saved first, then the action runs on the revision that made. */
  const act = useCallback(
    async (call: (revision: number) => Promise<Article>) => {
      setActing(true);
      try {
        const revision = await save();
        if (revision === null) return;
        onArticle(await call(revision));
        closePopover();
      } catch (err) {
        report(err);
      } finally {
        setActing(false);
      }
    },
    [closePopover, onArticle, report, save],
  );

  return (
    <div className="story-editing">
      <EditorToolbar
        view={view}
        dirty={dirty}
        saving={saving}
        onSave={() => void save()}
        onFind={() => {
          // Ctrl+F's panel, from the mouse.
          view()?.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, bubbles: true }));
        }}
      />
      {findOpen && <FindPanel view={view} replace={findOpen.replace} onClose={() => { closeFind(); view()?.focus(); }} />}
      {notice && (
        <div className="editor-notice" role="status">
          <span>{notice}</span>
          {notice.startsWith('Your unsaved draft') && (
            <button type="button" className="btn btn-quiet" onClick={discardDraft}>
              Discard draft
            </button>
          )}
          <button type="button" className="btn btn-quiet" aria-label="Close notice" onClick={() => setNotice(null)}>
            ✕
          </button>
        </div>
      )}
      {conflict && (
        <div className="editor-conflict" role="alert">
          <p>
            {conflict.message} Revision {conflict.theirs.revision} was saved elsewhere while you were typing. Your text is still
            here and in your draft; merging keeps their changes and puts yours on top (where you both changed a paragraph,
            yours wins and theirs stays in the history).
          </p>
          <details>
            <summary>Their version</summary>
            <h4>{conflict.theirs.headline}</h4>
            {conflict.theirs.paragraphs.map((p) => (
              <p key={p.id}>{p.text}</p>
            ))}
          </details>
          <div className="mark-card-actions">
            <button type="button" className="btn" onClick={keepMine}>
              Merge and save (their changes, and mine on top)
            </button>
            <button type="button" className="btn" onClick={takeTheirs}>
              Take theirs (undo brings mine back)
            </button>
          </div>
        </div>
      )}
      <UpdateMergePanel article={article} onArticle={onArticle} />
      <OrphanedNotes article={article} />
      <article className="story" dir={dir} lang={article.language || undefined} aria-labelledby="story-headline">
        {article.slugline && <p className="story-slugline">{article.slugline}</p>}
        <div ref={host} className="story-editor-host" />
      </article>
      {popover?.kind === 'flag' && popover.flag && (
        <FlagCard
          key={popover.flag.id}
          flag={popover.flag}
          at={popover.at}
          busy={acting}
          onAccept={() => {
            const v = view();
            if (v && popover.flag) acceptFlag(v, popover.flag.id);
            closePopover();
            v?.focus();
          }}
          onDismiss={() => {
            const flagId = popover.flag?.id ?? '';
            void act((revision) => api.dismissFlag({ id: article.id, revision, flagId }));
          }}
          onClose={closePopover}
        />
      )}
      {popover?.kind === 'speaker' && popover.block && (
        <SpeakerCard
          key={popover.block}
          article={article}
          block={popover.block}
          at={popover.at}
          busy={acting}
          onConfirm={(speaker) => {
            const block = popover.block ?? '';
            void act((revision) => api.setSpeaker({ id: article.id, revision, block, speaker }));
          }}
          onClose={closePopover}
        />
      )}
    </div>
  );
}
