// Makes sure the browser tests have Debian's Chromium. On a fresh Debian machine run
// as root (as CI is) it installs the package; anywhere else it says what to do.
// A browser is never downloaded from anywhere but the system's package manager.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt || process.env.CHROMIUM_PATH) {
  console.error(`浏览器测试需要 Chromium，但找不到 ${path}。`);
  console.error(
    '请用系统的软件包安装：sudo apt-get install chromium；或把 CHROMIUM_PATH 设为已安装的 Chromium。',
  );
  process.exit(1);
}

console.log('正在用 apt-get 安装 Debian 的 chromium 软件包（浏览器测试需要）…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
  stdio: 'inherit',
  env,
});
if (!existsSync(path)) {
  console.error('安装后仍找不到 /usr/bin/chromium。');
  process.exit(1);
}
