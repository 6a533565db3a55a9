/**
 * CPU over a phase, from /proc (Linux): each process's utime + stime (clock ticks of 10 ms), sampled every
 * half second so processes that come and go are counted (a backend that ends loses at most its last
 * half second). Three groups: the server's processes (primary and workers), this run's PostgreSQL
 * backends (those whose application_name is the server's), and every `postgres` process on the machine
 * (checkpointer, WAL writer… and any other user's backends); and the machine's busy share of all CPUs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Database } from '../../src/server/db/database';

const TICKS_PER_SECOND = 100;
const SAMPLE_MS = 500;

interface ProcTimes {
  comm: string;
  ticks: number;
}

function procTimes(pid: number): ProcTimes | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    return { comm: stat.slice(stat.indexOf('(') + 1, close), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

function allPids(): number[] {
  return readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).map(Number);
}

/** Busy and total ticks of all CPUs since boot (/proc/stat's first line). */
function machineTicks(): { busy: number; total: number } {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  // idle and iowait.
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/** Each group's CPU over the phase, in CPUs (1 = one CPU busy the whole phase). */
export interface CpuFigures {
  server: number;
  postgresBackends: number;
  postgresAll: number;
  /** The machine's busy share of all its CPUs (0–1). */
  machine: number;
  cpus: number;
}

/** Per pid: ticks at its first and last sample. */
class Group {
  private readonly seen = new Map<number, { first: number; last: number }>();

  constructor(private readonly initial: Map<number, number>) {}

  add(pid: number, ticks: number): void {
    const known = this.seen.get(pid);
    if (known) known.last = ticks;
    // A process seen at the start counts from its ticks then; one that appeared later from zero.
    else this.seen.set(pid, { first: this.initial.get(pid) ?? 0, last: ticks });
  }

  seconds(): number {
    let ticks = 0;
    for (const { first, last } of this.seen.values()) ticks += Math.max(0, last - first);
    return ticks / TICKS_PER_SECOND;
  }
}

export class CpuSampler {
  private readonly server: Group;
  private readonly backends: Group;
  private readonly postgres: Group;
  private readonly machineStart = machineTicks();
  private readonly startedAt = performance.now();
  private timer: NodeJS.Timeout | null = null;
  private sampling: Promise<void> = Promise.resolve();

  private constructor(
    private readonly db: Database,
    private readonly serverPids: () => number[],
    private readonly applicationName: string,
    initial: Map<number, number>,
  ) {
    this.server = new Group(initial);
    this.backends = new Group(initial);
    this.postgres = new Group(initial);
  }

  /** Starts sampling now; `serverPids` lists the server's processes, `applicationName` names its connections. */
  static async start(db: Database, serverPids: () => number[], applicationName: string): Promise<CpuSampler> {
    const initial = new Map<number, number>();
    for (const pid of allPids()) {
      const times = procTimes(pid);
      if (times) initial.set(pid, times.ticks);
    }
    const sampler = new CpuSampler(db, serverPids, applicationName, initial);
    await sampler.sample();
    sampler.timer = setInterval(() => {
      sampler.sampling = sampler.sampling.then(() => sampler.sample()).catch(() => undefined);
    }, SAMPLE_MS);
    return sampler;
  }

  private async sample(): Promise<void> {
    const { rows } = await this.db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [this.applicationName]);
    for (const { pid } of rows) {
      const times = procTimes(pid);
      if (times) this.backends.add(pid, times.ticks);
    }
    for (const pid of this.serverPids()) {
      const times = procTimes(pid);
      if (times) this.server.add(pid, times.ticks);
    }
    for (const pid of allPids()) {
      const times = procTimes(pid);
      if (times?.comm === 'postgres') this.postgres.add(pid, times.ticks);
    }
  }

  async stop(): Promise<CpuFigures> {
    if (this.timer) clearInterval(this.timer);
    await this.sampling;
    await this.sample();
    const seconds = (performance.now() - this.startedAt) / 1000;
    const machine = machineTicks();
    const total = machine.total - this.machineStart.total;
    return {
      server: this.server.seconds() / seconds,
      postgresBackends: this.backends.seconds() / seconds,
      postgresAll: this.postgres.seconds() / seconds,
      machine: total > 0 ? (machine.busy - this.machineStart.busy) / total : 0,
      cpus: availableParallelism(),
    };
  }
}
