import { Button } from './Button';
import { useErrors } from './error-context';

interface ErrorBannerProps {
  /** Offered when the error is a save conflict: fetch the story again, keeping the editor's unsaved fields. */
  readonly onReload: (() => void) | null;
}

/** The live region stays in the page so screen readers announce each new message as it arrives. */
export function ErrorBanner({ onReload }: ErrorBannerProps) {
  const { error, clear } = useErrors();
  return (
    <div role="alert" className={error ? 'error-banner' : 'error-banner error-banner-empty'}>
      {error && (
        <>
          <p className="error-banner-message">{error.message}</p>
          {error.code === 'conflict' && onReload && (
            <Button
              variant="primary"
              onClick={() => {
                clear();
                onReload();
              }}
            >
              Reload story
            </Button>
          )}
          <Button variant="quiet" onClick={clear}>
            Dismiss
          </Button>
        </>
      )}
    </div>
  );
}
