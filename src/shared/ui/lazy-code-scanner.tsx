/**
 * The camera scanner, loaded only when someone asks to scan (the camera code is its own chunk); a chunk
 * that fails to load (or a scanner that throws) leaves the screen as it was and says so.
 */
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { Button } from './button';
import type { CodeScannerProps } from './code-scanner';
import './code-scanner.css';

const CodeScanner = lazy(() => import('./code-scanner').then((module) => ({ default: module.CodeScanner })));

export interface LazyCodeScannerProps extends CodeScannerProps {
  /** Said while the scanner loads. */
  loading: string;
  /** Said when it could not load (the other ways to go on). */
  failed: string;
  /** The button leaving a failed scanner. */
  close: string;
}

class ScannerBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function LazyCodeScanner({ loading, failed, close, ...scanner }: LazyCodeScannerProps) {
  const fallback = (
    <div className="gw-code-scanner-frame" role="status">
      <p>{failed}</p>
      <Button variant="secondary" onClick={scanner.onCancel}>
        {close}
      </Button>
    </div>
  );
  return (
    <ScannerBoundary fallback={fallback}>
      <Suspense fallback={<p className="gw-loading">{loading}</p>}>
        <CodeScanner {...scanner} />
      </Suspense>
    </ScannerBoundary>
  );
}
