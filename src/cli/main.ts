import { stringify } from 'csv-stringify/sync';
export async function main(argv: string[]): Promise<number> {
  console.log(stringify([['a', 'ب']]), __dirname, argv);
  return 0;
}
