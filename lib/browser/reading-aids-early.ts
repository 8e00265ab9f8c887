// A classic script in every locale page's <head>, before the stylesheet is used: it applies the
// reader's stored reading aids to <html> before the first paint, so a page never flashes at the
// default size or contrast. Tiny by design; the control itself is in the deferred site module.
import { applyAids, parseAids, storageKey } from './reading-aids-state';

try {
  applyAids(document.documentElement, parseAids(localStorage.getItem(storageKey)));
} catch {
  // Storage refused (a private window, a policy): the page stays at its defaults.
}
