// `node answer-in-sequence.mjs DIST`: one warm process answers a list of hook calls one at a time
// with the hook's own code (DIST/hook-core.mjs, what dist/hook.cjs runs in-process and the warm
// helper runs for it), in this process's environment. Reads `[{event, stdin}]` on stdin and
// prints `[{code, stdout}]`, each as the hook process would have printed it (emit() in
// src/hooks/stdio.ts): the answer's JSON on a line of its own, or nothing.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node answer-in-sequence.mjs DIST');
const { answerEvent } = await import(pathToFileURL(join(dist, 'hook-core.mjs')).href);

let input = '';
for await (const chunk of process.stdin) input += chunk;
const answers = [];
for (const { event, stdin } of JSON.parse(input)) {
  const answer = await answerEvent(event, stdin, process.env);
  answers.push({ code: answer.exitCode, stdout: answer.json ? `${JSON.stringify(answer.json)}\n` : '' });
}
process.stdout.write(JSON.stringify(answers));
