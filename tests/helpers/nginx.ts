import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';

/** A running nginx serving a built site with the configuration it was given. */
export interface RunningNginx {
  /** The host's address, `http://127.0.0.1:<port>`. */
  url: string;
  close(): Promise<void>;
}

/** A port nothing listens on now, for a server started next. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/**
 * Starts Debian's nginx (NGINX_PATH, else /usr/sbin/nginx) with `config` inside an http { }
 * as Debian's own nginx.conf sets it up (modules, MIME types), as a file of conf.d/ is
 * read; it answers at 127.0.0.1:`port`. Its pid, logs and temporary files stay in `dir`.
 */
export async function startNginx(config: string, port: number, dir: string): Promise<RunningNginx> {
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  const file = join(dir, 'nginx-test.conf');
  await writeFile(
    file,
    [
      // As root the workers would run as nobody, who may not read a checkout under a private home.
      process.getuid?.() === 0 ? `user ${userInfo().username};` : '',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      // As Debian's own nginx.conf does, so brotli_static is loaded.
      'include /etc/nginx/modules-enabled/*.conf;',
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
      config,
      '}',
    ].join('\n'),
  );
  const nginx: ChildProcess = spawn(
    process.env.NGINX_PATH ?? '/usr/sbin/nginx',
    ['-c', file, '-e', join(dir, 'error.log'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  nginx.stderr?.on('data', (chunk) => (errors += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (nginx.exitCode !== null) throw new Error(`nginx 没有启动：${errors}`);
    try {
      await fetch(url);
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx 没有在端口 ${port} 上应答：${errors}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        nginx.once('exit', () => resolve());
        nginx.kill('SIGQUIT');
      }),
  };
}
