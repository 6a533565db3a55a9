/** `npm run admin -- <command>`: see ADMIN_HELP in commands.ts. */
import { databaseOptions, readConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrateOver } from '../db/migrate';
import { ADMIN_HELP, runAdminCommand } from './commands';
import { AdminInputError } from './system-records';

async function cli(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    console.log(ADMIN_HELP);
    return argv.length === 0 ? 1 : 0;
  }
  const config = readConfig();
  const db = await openDatabase(databaseOptions(config));
  try {
    await migrateOver(db, config.migrateDatabaseUrl);
    return await runAdminCommand(db, argv, (line) => console.log(line));
  } finally {
    await db.close();
  }
}

cli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof AdminInputError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    console.error(known ? `Error: ${(error as Error).message}` : error);
    process.exit(1);
  },
);
