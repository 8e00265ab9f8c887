// Is the machine quiet? Lighthouse's simulated throttling multiplies the CPU time it observes in
// Chromium by 4, so any other work on the machine while it runs (a build on a shared 2-core
// machine) inflates TBT and LCP and lowers the score.
//
// The 1-minute load average alone cannot tell: Lighthouse and its Chromium keep it between 2 and
// 3 on their own on 2 cores (measured with nothing else running), and it still carries a build
// that ended a minute ago. So the test is the CPU time that *other* processes used during the interval:
// the machine's busy time (os.cpus()) minus that of this process and its descendants (Chromium,
// nginx), read from /proc. The load average is reported beside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';

export const cores = availableParallelism();

/**
 * An interval counts as under load when other processes used more than this share of the cores
 * (half a core on 2 cores: enough to take turns with Chromium's main thread).
 */
export const busyShare = 0.25;

export interface LoadReading {
  /** The 1-minute load average at the end of the interval (it includes this bench's own work). */
  load: number;
  /** Cores used on average by processes other than this bench and its children (NaN off Linux). */
  others: number;
  underLoad: boolean;
}

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100;

/** CPU seconds used so far by this process and its descendants, finished children included. */
function ownCpuSeconds(): number {
  const processes = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // After "pid (name) ": state, ppid, …; utime, stime, cutime, cstime are fields 14–17.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks = fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0);
        return [{ pid: Number(pid), ppid: Number(fields[1]), ticks }];
      } catch {
        return []; // ended meanwhile
      }
    });
  const parents = new Map(processes.map(({ pid, ppid }) => [pid, ppid]));
  const ours = (pid: number): boolean => {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = parents.get(at))
      if (at === process.pid) return true;
    return false;
  };
  return (
    processes.filter(({ pid }) => ours(pid)).reduce((sum, p) => sum + p.ticks, 0) / ticksPerSecond
  );
}

const linux = existsSync('/proc/self/stat');

function sample() {
  const busy = cpus().reduce(
    (sum, { times }) => sum + times.user + times.nice + times.sys + times.irq,
    0,
  );
  return {
    seconds: performance.now() / 1000,
    busy: busy / 1000,
    own: linux ? ownCpuSeconds() : NaN,
  };
}

/** Starts measuring; the function returned reads how busy the machine was since. */
export function startMeter(): () => LoadReading {
  const start = sample();
  return () => {
    const end = sample();
    const others = Math.max(
      0,
      (end.busy - start.busy - (end.own - start.own)) / (end.seconds - start.seconds),
    );
    const load = loadavg()[0]!;
    // Off Linux, only the load average is left: Lighthouse alone keeps it near the core count.
    const underLoad = Number.isNaN(others) ? load > cores + 1 : others > busyShare * cores;
    return { load, others, underLoad };
  };
}

/** How busy the machine is over the next `seconds`, while this bench does nothing. */
export async function checkNow(seconds = 3): Promise<LoadReading> {
  const read = startMeter();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return read();
}

/** "1-minute load average 2.41, other processes 0.05 of 2 cores". */
export function describeLoad({ load, others }: LoadReading): string {
  const othersText = Number.isNaN(others)
    ? ''
    : `, other processes ${others.toFixed(2)} of ${cores} cores`;
  return `1-minute load average ${load.toFixed(2)}${othersText}`;
}
