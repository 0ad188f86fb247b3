#!/usr/bin/env bash
# A throwaway WordPress site on 127.0.0.1 for the publish tests: Debian's wordpress + MariaDB + PHP's built-in
# server, everything (database, site files, logs, credentials) in one private run folder. Nothing under /etc is
# read or written, no system service is started (the wordpress package pulls apache2: it is never started).
#
#   scripts/test-site/wordpress.sh start    installs what is missing, starts a fresh site, writes $RUN/site.env
#   scripts/test-site/wordpress.sh stop     stops the site and removes the run folder
#   scripts/test-site/wordpress.sh status   says whether it runs, and where
#
# Environment: COPYDESK_WP_RUN (run folder, default /tmp/copydesk-wordpress-UID), COPYDESK_WP_PORT (default: a
# free port). site.env holds WP_URL, WP_USER, WP_APP_PASSWORD (readable by the user only).
set -Eeuo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
RUN="${COPYDESK_WP_RUN:-${TMPDIR:-/tmp}/copydesk-wordpress-$(id -u)}"
PACKAGES=(wordpress mariadb-server php-cli php-mysql php-curl php-xml php-mbstring wordpress-theme-twentytwentythree eatmydata)

say() { printf 'wordpress.sh: %s\n' "$*" >&2; }

missing_packages() {
  local p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$p"
  done
}

install_missing() {
  local need
  mapfile -t need < <(missing_packages)
  [ ${#need[@]} -eq 0 ] && return 0
  say "installing ${need[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  # Debian's maintainer scripts would start apache2 and mariadb where an init system runs: forbid it.
  local policy=/usr/sbin/policy-rc.d created_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod +x "$policy"
    created_policy=1
  fi
  export DEBIAN_FRONTEND=noninteractive
  local ok=0
  # The package lists may be missing or old on a fresh machine: update once and try again.
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 ||
    { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; } || ok=1
  [ "$created_policy" -eq 1 ] && "${sudo[@]}" rm -f "$policy"
  return "$ok"
}

# process.stdout.write, not console.log: under FORCE_COLOR (Playwright sets it) console.log colours the number.
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})'
}

is_running() {
  [ -f "$RUN/php.pid" ] && kill -0 "$(cat "$RUN/php.pid")" 2>/dev/null
}

stop_pid() {
  local file="$1" pid i
  [ -f "$file" ] || return 0
  pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    # Each server runs in its own process group (setsid): PHP's workers go with their parent.
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    for i in $(seq 1 100); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 -- "-$pid" 2>/dev/null && kill -9 -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

stop_all() {
  [ -d "$RUN" ] || return 0
  stop_pid "$RUN/php.pid"
  stop_pid "$RUN/mariadb.pid"
  # Only ever remove a folder this script made (it leaves its marker there first).
  [ -f "$RUN/.copydesk-wordpress" ] && rm -rf "$RUN"
  return 0
}

on_failure() {
  local rc=$?
  say "start failed (exit $rc); logs:"
  for log in "$RUN"/mariadb.log "$RUN"/php.log "$RUN"/install.log; do
    [ -f "$log" ] && { say "--- $log"; tail -n 20 "$log" >&2; }
  done
  stop_all
  exit "$rc"
}

wait_for() {
  local what="$1" test="$2" i
  for i in $(seq 1 200); do
    eval "$test" && return 0
    sleep 0.05
  done
  say "$what did not come up"
  return 1
}

start() {
  if is_running; then
    say "already running (see $RUN/site.env)"
    return 0
  fi
  install_missing
  stop_all
  trap on_failure ERR
  mkdir -p "$RUN"
  touch "$RUN/.copydesk-wordpress"
  chmod 700 "$RUN"
  local user port fast=()
  user="$(id -un)"
  port="${COPYDESK_WP_PORT:-$(free_port)}"
  command -v eatmydata >/dev/null && fast=(eatmydata)
  local sock="$RUN/mysqld.sock" url="http://127.0.0.1:$port"

  # MariaDB: --no-defaults first so no /etc/mysql file is read; no TCP at all.
  "${fast[@]}" mariadb-install-db --no-defaults --datadir="$RUN/db" --user="$user" --auth-root-authentication-method=normal \
    --skip-test-db >"$RUN/mariadb.log" 2>&1
  setsid "${fast[@]}" mariadbd --no-defaults --datadir="$RUN/db" --socket="$sock" --pid-file="$RUN/mariadbd.pid" \
    --skip-networking --user="$user" --innodb-buffer-pool-size=32M --log-error="$RUN/mariadb.log" \
    </dev/null >>"$RUN/mariadb.log" 2>&1 &
  echo $! >"$RUN/mariadb.pid"
  wait_for MariaDB "[ -S '$sock' ] && mariadb-admin --no-defaults --socket='$sock' -uroot ping >/dev/null 2>&1"
  mariadb --no-defaults --socket="$sock" -uroot -e 'CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci'

  # The site's own copy of Debian's WordPress (cp -L: Debian ships relative symlinks into /etc and /var/lib).
  cp -rL /usr/share/wordpress "$RUN/site"
  local password
  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  sed -e "s|@SOCKET@|$sock|" -e "s|@URL@|$url|" "$HERE/wp-config.php.in" >"$RUN/site/wp-config.php"
  echo "<?php" >"$RUN/site/wp-salts.php"
  for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
    printf "define('%s', '%s');\n" "$key" "$(head -c 32 /dev/urandom | base64 | tr -d "/+='")" >>"$RUN/site/wp-salts.php"
  done
  mkdir -p "$RUN/site/wp-content/uploads"

  COPYDESK_WP_PASSWORD="$password" php -d opcache.enable_cli=0 "$HERE/install.php" "$RUN/site" >"$RUN/install.json" 2>"$RUN/install.log"

  # PHP's server: two workers so a request WordPress makes to itself cannot deadlock; OPcache revalidates always.
  PHP_CLI_SERVER_WORKERS=2 setsid php -d opcache.revalidate_freq=0 -d display_errors=stderr -S "127.0.0.1:$port" \
    -t "$RUN/site" "$HERE/router.php" </dev/null >"$RUN/php.log" 2>&1 &
  echo $! >"$RUN/php.pid"
  wait_for "PHP's server" "curl -fsS -o /dev/null '$url/wp-json/' 2>/dev/null"

  local app
  app="$(php -r 'echo json_decode(file_get_contents($argv[1]), true)["applicationPassword"];' "$RUN/install.json")"
  (
    umask 077
    printf 'WP_URL=%s\nWP_USER=%s\nWP_PASSWORD=%s\nWP_APP_PASSWORD=%s\n' "$url" editor "$password" "$app" >"$RUN/site.env"
  )
  rm -f "$RUN/install.json"
  trap - ERR
  say "running at $url (credentials in $RUN/site.env)"
  printf '%s\n' "$RUN/site.env"
}

status() {
  if is_running; then
    grep '^WP_URL=' "$RUN/site.env" | cut -d= -f2-
    return 0
  fi
  say "not running"
  return 3
}

case "${1:-}" in
  start) start ;;
  stop) stop_all ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
