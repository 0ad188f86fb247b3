<?php
// Router for PHP's built-in server: real files are served as they are; every other path (pretty permalinks,
// /wp-json/…, slugs with a dot that the server would take for a missing file) goes to WordPress's index.php.
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ($path !== '/' && is_file($file)) {
  return false;
}
if (is_dir($file) && is_file(rtrim($file, '/') . '/index.php')) {
  return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
