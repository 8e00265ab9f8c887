import type { ReactNode } from 'react';
import './globals.css';

// Each locale renders its own <html lang>, so the root layout only passes its children on
// (the pattern of next-intl's App Router example); the root chooser and the 404 page do the same.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
