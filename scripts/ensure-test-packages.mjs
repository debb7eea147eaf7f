// Makes sure the tests have the Debian packages they drive: Chromium for the browser
// tests, nginx with its brotli_static module for the deployment tests, poppler-utils to read the printed PDFs, a Chinese font to lay pages out as readers see them. On a fresh
// Debian machine run as root (as CI is) it installs what is missing; anywhere else it
// says what to do. Nothing is ever downloaded from anywhere but the system's package manager.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const PACKAGES = [
  {
    name: 'chromium',
    path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    setting: 'CHROMIUM_PATH',
    why: '浏览器测试',
  },
  {
    name: 'nginx',
    path: process.env.NGINX_PATH ?? '/usr/sbin/nginx',
    setting: 'NGINX_PATH',
    why: '部署测试',
  },
  {
    name: 'libnginx-mod-http-brotli-static',
    path: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
    why: '部署测试（nginx 直接发送 .br 压缩版）',
  },
  {
    name: 'poppler-utils',
    path: '/usr/bin/pdftotext',
    why: '打印测试（读出 PDF 的页面大小和文字）',
  },
  {
    // Readers' phones and PCs have a Chinese font: without one Chromium draws boxes, and the
    // measured lines, screens and printed pages are not the ones readers see.
    name: 'fonts-wqy-zenhei',
    path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
    why: '浏览器和打印测试（按读者实际看到的中文字形排版）',
  },
];

const missing = PACKAGES.filter((item) => !existsSync(item.path));
if (missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const overridden = missing.some((item) => item.setting && process.env[item.setting]);
if (!isRoot || !hasApt || overridden) {
  for (const item of missing)
    console.error(`${item.why}需要 ${item.name}，但找不到 ${item.path}。`);
  console.error(
    `请用系统的软件包安装：sudo apt-get install ${missing.map((item) => item.name).join(' ')}` +
      '；或把 CHROMIUM_PATH、NGINX_PATH 设为已安装的程序。',
  );
  process.exit(1);
}

const names = missing.map((item) => item.name);
console.log(`正在用 apt-get 安装测试需要的 Debian 软件包：${names.join('、')}…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], {
  stdio: 'inherit',
  env,
});
const still = missing.filter((item) => !existsSync(item.path));
if (still.length > 0) {
  console.error(`安装后仍找不到：${still.map((item) => item.path).join('、')}。`);
  process.exit(1);
}
