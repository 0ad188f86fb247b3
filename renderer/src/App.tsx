/**
 * The desk: inbox | story | cleaning and metadata. App only wires the features together; each feature calls the
 * API itself and hands back the article the API returned.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ImportReport } from '../../electron/api/contract';
import type { Article } from '../../electron/domain/article';
import { CleaningPanel } from './features/editor/CleaningPanel';
import { StoryHeader } from './features/editor/StoryHeader';
import { StoryEditor } from './features/editor/StoryEditor';
import { useOpenStory } from './features/editor/use-open-story';
import { BatchExportDialog } from './features/export/BatchExportDialog';
import { ExportPanel } from './features/export/ExportPanel';
import { HotFolderDialog } from './features/hot-folder/HotFolderDialog';
import { useHotFolder } from './features/hot-folder/use-hot-folder';
import { ImportsDialog } from './features/import-history/ImportsDialog';
import { ImportProgress } from './features/import-progress/ImportProgress';
import { useImportJob } from './features/import-progress/use-import-job';
import { KillBanner } from './features/kills/KillBanner';
import { CorrectionNotice } from './features/updates/CorrectionNotice';
import { KilledDialog } from './features/kills/KilledDialog';
import { DropOverlay } from './features/inbox/DropOverlay';
import { ImportControls } from './features/inbox/ImportControls';
import { Inbox } from './features/inbox/Inbox';
import { PasteDialog } from './features/inbox/PasteDialog';
import { useFileDrop } from './features/inbox/use-file-drop';
import { useImports } from './features/inbox/use-imports';
import type { StoryListHandle } from './features/inbox/StoryList';
import { useStorySearch } from './features/inbox/use-story-search';
import { CommandPalette } from './features/keyboard/CommandPalette';
import { ShortcutsDialog } from './features/keyboard/ShortcutsDialog';
import { useDeskCommands } from './features/keyboard/use-desk-commands';
import { useTheme } from './features/keyboard/use-theme';
import { MetadataForm } from './features/metadata/MetadataForm';
import { BoilerplatePanel } from './features/desk/BoilerplatePanel';
import { EntitiesPanel } from './features/desk/EntitiesPanel';
import { FlagsPanel } from './features/desk/FlagsPanel';
import { GlossaryPanel } from './features/desk/GlossaryPanel';
import { SourcesPanel } from './features/desk/SourcesPanel';
import { SubjectsPanel } from './features/desk/SubjectsPanel';
import { useDesk } from './features/desk/use-desk';
import { useDeskShortcuts } from './features/desk/use-desk-shortcuts';
import { HistoryPanel } from './features/history/HistoryPanel';
import { StoryLinksPanel } from './features/story-links/StoryLinksPanel';
import { Button } from './ui/Button';
import { PaneSplitter } from './ui/PaneSplitter';
import { usePaneWidths } from './ui/use-pane-widths';
import { ErrorBanner } from './ui/ErrorBanner';


export function App() {
  const list = useStorySearch();
  const story = useOpenStory();
  const { article, open: openStory, reload, replace } = story;
  const { refresh } = list;
  const listRef = useRef<StoryListHandle | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const [cursor, setCursor] = useState(-1);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [palette, setPalette] = useState(false);
  const [shortcuts, setShortcuts] = useState(false);
  const { setTheme } = useTheme();
  const [panes, setPanes] = usePaneWidths();
  const [viewport, setViewport] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setViewport(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  // The story column keeps at least 440 px whatever the panes were dragged to on a wider screen.
  const room = Math.max(0, viewport - 452);
  const inboxWidth = Math.min(panes.inbox, Math.max(270, room * 0.45));
  const sideWidth = Math.min(panes.side, Math.max(260, room - inboxWidth));
  // The open story is in the address (?story=, use-open-story.ts): a reload reopens it; the search comes back too.
  const open = useCallback(
    (id: string, index = -1) => {
      setCursor(index);
      openStory(id);
    },
    [openStory],
  );
  const toggleTick = useCallback(
    (id: string) =>
      setTicked((old) => {
        const next = new Set(old);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const [pasting, setPasting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [showImports, setShowImports] = useState(false);
  const [showHotFolder, setShowHotFolder] = useState(false);
  const [showKilled, setShowKilled] = useState(false);
  // Bumped after every import, so the open story's versions and related stories are asked again.
  const [generation, setGeneration] = useState(0);

  const onArticle = useCallback(
    (a: Article) => {
      replace(a);
      refresh();
    },
    [replace, refresh],
  );
  const onExported = useCallback(() => {
    reload();
    refresh();
  }, [reload, refresh]);
  const onImported = useCallback(
    (report: ImportReport) => {
      refresh();
      setGeneration((g) => g + 1);
      const first = report.articles[0];
      if (first) open(first.id);
    },
    [open, refresh],
  );
  const onHotFolderImported = useCallback(() => {
    refresh();
    setGeneration((g) => g + 1);
  }, [refresh]);

  const imports = useImports(onImported);
  // The side column follows the open story a render later: opening a story shows its text first, then the panels
  // (both at once, the text came ~60 ms later at the median on the loaded bench machine: BENCHMARKS.md, issue 11).
  const side = useDeferredValue(article);
  const [desk, setDesk] = useDesk(article ? `${article.id}@${article.revision}` : '');
  useDeskShortcuts();
  const job = useImportJob(imports.jobId);
  const hotFolder = useHotFolder(onHotFolderImported);
  const dragging = useFileDrop(imports.importFiles);
  const dialogs = useMemo(
    () => ({
      importFiles: () => document.querySelector<HTMLInputElement>('input[aria-label="Wire copy files"]')?.click(),
      paste: () => setPasting(true),
      exportStories: () => setExporting(true),
      imports: () => setShowImports(true),
      hotFolder: () => setShowHotFolder(true),
      killed: () => setShowKilled(true),
      palette: () => setPalette(true),
      shortcuts: () => setShortcuts(true),
    }),
    [],
  );
  const actions = useDeskCommands({ list, listRef, searchRef, article, cursor, open, onArticle, toggleTick, dialogs, setTheme });
  // A hot-folder import or another window's change shows up without a reload: the counts are asked again now and then.
  useEffect(() => {
    const timer = setInterval(refresh, 5000);
    return () => clearInterval(timer);
  }, [refresh]);

  return (
    <div className="desk">
      <header className="topbar">
        <h1 className="brand">Copydesk</h1>
        <ImportControls importing={imports.importing} onFiles={imports.importFiles} onPaste={() => setPasting(true)} />
        <div className="topbar-secondary">
          <Button onClick={() => setExporting(true)}>Export stories…</Button>
          <Button variant="quiet" onClick={() => setShowHotFolder(true)}>
            {hotFolder.status?.watching ? 'Hot folder: on' : 'Hot folder…'}
          </Button>
          <Button variant="quiet" onClick={() => setShowImports(true)}>
            Imports and quarantine
          </Button>
          <Button variant="quiet" onClick={() => setShowKilled(true)}>
            Killed
          </Button>
          <Button variant="quiet" aria-keyshortcuts="Control+K" onClick={() => setPalette(true)}>
            Commands <kbd>Ctrl+K</kbd>
          </Button>
        </div>
      </header>
      <ErrorBanner onReload={article ? reload : null} />
      <div className="columns" style={{ ['--inbox-w' as string]: `${inboxWidth}px`, ['--side-w' as string]: `${sideWidth}px` }}>
        <Inbox
          ref={searchRef}
          list={list}
          listRef={listRef}
          ticked={ticked}
          onTick={toggleTick}
          selectedId={article?.id ?? null}
          report={imports.report}
          onDismissReport={imports.dismissReport}
          onOpen={open}
          onOpenQuarantine={() => setShowImports(true)}
          progress={<ImportProgress job={job} active={imports.importing && imports.jobId !== null} onCancel={imports.cancel} />}
        />
        <PaneSplitter label="Inbox width" width={inboxWidth} min={240} max={720} direction={1} onWidth={(inbox) => setPanes({ inbox })} />
        <main className="story-column" aria-label="Story">
          {article ? (
            <>
              <KillBanner articleId={article.id} revision={article.revision} generation={generation} onLifted={onExported} />
              <CorrectionNotice articleId={article.id} revision={article.revision} generation={generation} />
              <StoryHeader article={article}>
                <ExportPanel articleId={article.id} headline={article.headline} onExported={onExported} />
              </StoryHeader>
              <StoryLinksPanel article={article} onOpen={open} generation={generation} />
              <StoryEditor key={article.id} article={article} onArticle={onArticle} />
            </>
          ) : (
            <p className="empty-note story-empty">Choose a story in the inbox, or import wire copy to begin.</p>
          )}
        </main>
        <PaneSplitter label="Side column width" width={sideWidth} min={260} max={760} direction={-1} onWidth={(side) => setPanes({ side })} />
        <aside className="side-column" aria-label="Cleaning and metadata">
          {side && (
            <>
              <p className="shortcut-hint muted">Keys: j / k next and previous story · 1–5 status · n / p change · f flag · ? all keys</p>
              <CleaningPanel article={side} onArticle={onArticle} />
              <SourcesPanel article={side} registry={desk?.registry ?? []} onArticle={onArticle} onDesk={setDesk} />
              <FlagsPanel article={side} onArticle={onArticle} />
              <MetadataForm key={side.id} article={side} onArticle={onArticle} />
              <EntitiesPanel key={`${side.id}@${side.revision}`} article={side} onArticle={onArticle} />
              <SubjectsPanel article={side} onArticle={onArticle} />
              <BoilerplatePanel article={side} onArticle={onArticle} />
              <HistoryPanel key={side.id} article={side} onArticle={onArticle} />
              {desk && <GlossaryPanel key={JSON.stringify(desk.glossary)} article={side} glossary={desk.glossary} onDesk={setDesk} onArticle={onArticle} />}
            </>
          )}
        </aside>
      </div>
      <DropOverlay visible={dragging} />
      <BatchExportDialog open={exporting} query={list.query} matching={list.matching ?? 0} ticked={[...ticked]} onClose={() => setExporting(false)} onExported={onExported} />
      <CommandPalette open={palette} actions={actions} onClose={() => setPalette(false)} />
      <ShortcutsDialog open={shortcuts} actions={actions} onClose={() => setShortcuts(false)} />
      <KilledDialog open={showKilled} onClose={() => setShowKilled(false)} onOpenStory={open} />
      <ImportsDialog open={showImports} onClose={() => setShowImports(false)} onOpenStory={open} />
      <HotFolderDialog open={showHotFolder} status={hotFolder.status} onClose={() => setShowHotFolder(false)} onSet={hotFolder.set} />
      <PasteDialog open={pasting} importing={imports.importing} onClose={() => setPasting(false)} onImport={imports.importText} />
    </div>
  );
}
