<?php
// Installs a fresh site in the folder given (its wp-config.php already written) and makes an application password
// for the editor account: what WP-CLI's `core install` and `user application-password create` would do (Debian 12
// has no WP-CLI). Prints JSON: { url, user, applicationPassword }. The login password comes from the environment.
if ($argc < 2) {
  fwrite(STDERR, "usage: php install.php SITE_DIR\n");
  exit(2);
}
$password = getenv('COPYDESK_WP_PASSWORD');
if ($password === false || $password === '') {
  fwrite(STDERR, "install.php: COPYDESK_WP_PASSWORD is not set\n");
  exit(2);
}
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_METHOD'] = 'GET';
require rtrim($argv[1], '/') . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

// wp_install() mails the new admin; there is no sendmail here and no one to read it.
add_filter('pre_wp_mail', '__return_true');

$result = wp_install('Copydesk test site', 'editor', 'editor@example.invalid', true, '', wp_slash($password), 'en_US');
if (is_wp_error($result)) {
  fwrite(STDERR, 'install.php: ' . $result->get_error_message() . "\n");
  exit(1);
}
// Pretty permalinks, as news sites use them: the REST API is then at /wp-json/ and posts at dated paths.
update_option('permalink_structure', '/%year%/%monthnum%/%day%/%postname%/');
flush_rewrite_rules(true);

$user = get_user_by('login', 'editor');
$created = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'copydesk-tests']);
if (is_wp_error($created)) {
  fwrite(STDERR, 'install.php: ' . $created->get_error_message() . "\n");
  exit(1);
}
echo json_encode(['url' => home_url('/'), 'user' => 'editor', 'applicationPassword' => $created[0]]), "\n";
