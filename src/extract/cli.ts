#!/usr/bin/env node
// conflict-timeline-extract ARTICLE.txt [--published YYYY-MM-DD] [--source-id ID] [--title TITLE] [--locale en-US]
// Prints a draft dataset (data/schema.json) as JSON. Options before the first file apply to every file; options
// after a file apply to that file only, so several articles with their own dates make one dataset.
import { readFileSync } from 'node:fs';
import { extractArticles, type ExtractOptions } from './index.js';

const USAGE = `usage: conflict-timeline-extract ARTICLE.txt [--published YYYY-MM-DD] [--source-id ID] [--title TITLE] [--locale en-GB|en-US] [MORE.txt [options]]…
Prints a draft timeline (the <conflict-timeline> data format) as JSON on stdout.
Options before the first file apply to all files; options after a file apply to that file.`;

const FLAGS: Record<string, keyof ExtractOptions> = { '--published': 'published', '--source-id': 'sourceId', '--title': 'title', '--locale': 'locale' };

export function parseArguments(argv: string[]): Array<{ file: string; options: ExtractOptions }> {
  const shared: ExtractOptions = {};
  const files: Array<{ file: string; options: ExtractOptions }> = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    if (flag in FLAGS) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      const target = files.at(-1)?.options ?? shared;
      (target as Record<string, string>)[FLAGS[flag]] = value;
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${arg}`);
    } else {
      files.push({ file: arg, options: {} });
    }
  }
  if (!files.length) throw new Error('no article given');
  return files.map(({ file, options }) => ({ file, options: { ...shared, ...options } }));
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  try {
    const articles = parseArguments(argv).map(({ file, options }) => ({ text: readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), options }));
    process.stdout.write(JSON.stringify(extractArticles(articles), null, 2) + '\n');
    return 0;
  } catch (error) {
    console.error(`conflict-timeline-extract: ${(error as Error).message}\n${USAGE}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
