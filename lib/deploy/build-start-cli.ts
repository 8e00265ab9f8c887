// The first step of `npm run build`: forgets the last build's record (out/version.json), so that
// a build stopped by a failed check leaves no out/ that `npm run release` would take as checked.
import { forgetBuildRecord } from './build-record';
import { outDir } from './paths';

forgetBuildRecord(outDir);
