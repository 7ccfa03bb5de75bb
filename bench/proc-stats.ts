import { readdirSync, readFileSync } from "node:fs";

/** Linux clock ticks per second (`getconf CLK_TCK`), the unit of CPU times in /proc/<pid>/stat. */
const ticksPerSecond = 100;

type Stat = { ppid: number; cpuMs: number; childrenCpuMs: number };

function readStat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may contain spaces: fields start after its closing parenthesis.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const tick = (i: number) => (Number(fields[i]) * 1000) / ticksPerSecond;
    return { ppid: Number(fields[1]), cpuMs: tick(11) + tick(12), childrenCpuMs: tick(13) + tick(14) };
  } catch {
    return null;
  }
}

/** CPU used so far by the processes, including children they have reaped. */
export function cpuMsOf(pids: number[]): number {
  return pids.reduce((sum, pid) => {
    const stat = readStat(pid);
    return sum + (stat ? stat.cpuMs + stat.childrenCpuMs : 0);
  }, 0);
}

/** A process and its live children, e.g. the postmaster and every PostgreSQL backend. */
export function processTree(root: number): number[] {
  const children = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => readStat(pid)?.ppid === root);
  return [root, ...children];
}

/**
 * CPU of a tree: live processes plus what the root has reaped, so a backend or autovacuum worker
 * that exits between two readings is still counted.
 */
export function treeCpuMs(root: number): number {
  return cpuMsOf([root]) + processTree(root).slice(1).reduce((sum, pid) => sum + (readStat(pid)?.cpuMs ?? 0), 0);
}

function statusField(pid: number, field: string): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Peak resident memory of each process, in MiB. */
export function peakRssMiB(pids: number[]): number[] {
  return pids.map((pid) => statusField(pid, "VmHWM"));
}

/** Proportional set size of a group of processes, in MiB: shared memory is counted once, not per backend. */
export function pssMiB(pids: number[]): number {
  return pids.reduce((sum, pid) => {
    try {
      const line = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8").split("\n").find((l) => l.startsWith("Pss:"));
      return sum + (line ? Number(line.split(/\s+/)[1]) / 1024 : 0);
    } catch {
      return sum;
    }
  }, 0);
}

/** CPU time the whole machine has spent busy so far (all cores, all processes), in ms. */
export function machineBusyMs(): number {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return ((user + nice + system + irq + softirq + steal) * 1000) / ticksPerSecond;
}
