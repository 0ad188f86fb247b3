/**
 * The desk: inbox | story | cleaning and metadata. App only wires the features together; each feature calls the
 * API itself and hands back the article the API returned.
 */
import { useCallback, useState } from 'react';
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
import { DropOverlay } from './features/inbox/DropOverlay';
import { ImportControls } from './features/inbox/ImportControls';
import { Inbox } from './features/inbox/Inbox';
import { PasteDialog } from './features/inbox/PasteDialog';
import { useFileDrop } from './features/inbox/use-file-drop';
import { useImports } from './features/inbox/use-imports';
import { useStoryList } from './features/inbox/use-story-list';
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
import { ErrorBanner } from './ui/ErrorBanner';

export function App() {
  const list = useStoryList();
  const story = useOpenStory();
  const { article, open, reload, replace } = story;
  const { refresh } = list;
  const [pasting, setPasting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [showImports, setShowImports] = useState(false);
  const [showHotFolder, setShowHotFolder] = useState(false);
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
  const [desk, setDesk] = useDesk(article ? `${article.id}@${article.revision}` : '');
  useDeskShortcuts();
  const job = useImportJob(imports.jobId);
  const hotFolder = useHotFolder(onHotFolderImported);
  const dragging = useFileDrop(imports.importFiles);

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
        </div>
      </header>
      <ErrorBanner onReload={article ? reload : null} />
      <div className="columns">
        <Inbox
          list={list}
          selectedId={article?.id ?? null}
          report={imports.report}
          onDismissReport={imports.dismissReport}
          onOpen={open}
          onOpenQuarantine={() => setShowImports(true)}
          progress={<ImportProgress job={job} active={imports.importing && imports.jobId !== null} onCancel={imports.cancel} />}
        />
        <main className="story-column" aria-label="Story">
          {article ? (
            <>
              <StoryHeader article={article}>
                <ExportPanel articleId={article.id} onExported={onExported} />
              </StoryHeader>
              <StoryLinksPanel article={article} onOpen={open} generation={generation} />
              <StoryEditor key={article.id} article={article} onArticle={onArticle} />
            </>
          ) : (
            <p className="empty-note story-empty">Choose a story in the inbox, or import wire copy to begin.</p>
          )}
        </main>
        <aside className="side-column" aria-label="Cleaning and metadata">
          {article && (
            <>
              <p className="shortcut-hint muted">Keys: n / p next and previous change · f / Shift+F next and previous flag</p>
              <CleaningPanel article={article} onArticle={onArticle} />
              <SourcesPanel article={article} registry={desk?.registry ?? []} onArticle={onArticle} onDesk={setDesk} />
              <FlagsPanel article={article} onArticle={onArticle} />
              <MetadataForm key={article.id} article={article} onArticle={onArticle} />
              <EntitiesPanel key={`${article.id}@${article.revision}`} article={article} onArticle={onArticle} />
              <SubjectsPanel article={article} onArticle={onArticle} />
              <BoilerplatePanel article={article} onArticle={onArticle} />
              <HistoryPanel key={article.id} article={article} onArticle={onArticle} />
              {desk && <GlossaryPanel key={JSON.stringify(desk.glossary)} article={article} glossary={desk.glossary} onDesk={setDesk} onArticle={onArticle} />}
            </>
          )}
        </aside>
      </div>
      <DropOverlay visible={dragging} />
      <BatchExportDialog open={exporting} stories={list.stories ?? []} onClose={() => setExporting(false)} onExported={onExported} />
      <ImportsDialog open={showImports} onClose={() => setShowImports(false)} onOpenStory={open} />
      <HotFolderDialog open={showHotFolder} status={hotFolder.status} onClose={() => setShowHotFolder(false)} onSet={hotFolder.set} />
      <PasteDialog open={pasting} importing={imports.importing} onClose={() => setPasting(false)} onImport={imports.importText} />
    </div>
  );
}
