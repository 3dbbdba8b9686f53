// The web editor on one's own computer, against this working copy: `npm run edit`.
// Starts Decap's local back end (decap-server, in its git mode: each save writes the
// file into this folder and commits it) and the site's preview (astro dev), which
// serves the editor at /admin/ and passes /admin/api/ on to decap-server: one
// address, nothing reachable from another machine. Ctrl+C stops both.
//
// Env: PORT (the preview's port, default 4321), EDITOR_SERVER_PORT (decap-server's,
// default 8081), HOST (default 127.0.0.1), KC_EDIT_ALLOW_CHANGES=1 to start although
// the folder has uncommitted changes (they would be committed with the next save).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });

function fail(message: string): never {
  console.error(`Lỗi: ${message}`);
  process.exit(1);
}

if (git('rev-parse', '--is-inside-work-tree').stdout.trim() !== 'true') fail(`${root} không phải một kho mã Git (git clone); trình biên tập lưu bằng cách commit vào kho.`);
const branch = git('branch', '--show-current').stdout.trim();
if (!branch) fail('kho mã không ở trên nhánh nào (detached HEAD): chạy git switch main rồi thử lại.');
if (!git('config', 'user.name').stdout.trim() || !git('config', 'user.email').stdout.trim())
  fail('Git chưa biết tên người lưu: chạy git config --global user.name "Họ Tên" và git config --global user.email "ten@example.gov.vn" rồi thử lại.');
// decap-server commits with "git add .": every change in the folder would go into the next save.
const changes = git('status', '--porcelain').stdout.trim();
if (changes && process.env['KC_EDIT_ALLOW_CHANGES'] !== '1')
  fail(`thư mục còn thay đổi chưa lưu (commit):\n${changes}\nTrình biên tập lưu mọi thay đổi của thư mục trong lần lưu tới; hãy commit hoặc bỏ các thay đổi đó trước.`);

const host = process.env['HOST'] || '127.0.0.1';
const port = process.env['PORT'] || '4321';
const serverPort = process.env['EDITOR_SERVER_PORT'] || '8081';
const require = createRequire(import.meta.url);
const decapServer = path.join(path.dirname(require.resolve('decap-server/package.json')), 'dist', 'index.js');

const children: ChildProcess[] = [];
let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`${name} đã dừng (mã ${code ?? '?'}); dừng trình biên tập.`);
      stop(code || 1);
    }
  });
  children.push(child);
}

// decap-server: git mode (commits), bound to this machine only, the working copy as its repository.
start('decap-server', process.execPath, [decapServer], { MODE: 'git', PORT: serverPort, BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root, LOG_LEVEL: process.env['LOG_LEVEL'] || 'info' });
start('astro dev', process.execPath, [path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs'), 'dev', '--host', host, '--port', port], {
  KC_EDITOR_SERVER: `http://127.0.0.1:${serverPort}`,
  KC_EDITOR_BRANCH: branch,
});

console.log(`\nTrình biên tập: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/admin/ (lưu vào nhánh ${branch} của ${root}; mỗi lần lưu là một commit)`);
console.log('Xem trước trang: cùng địa chỉ, bỏ /admin/. Nhấn Ctrl+C để dừng. Đẩy các commit lên kho chung bằng git push.\n');
