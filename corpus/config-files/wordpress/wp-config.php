<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_app' );
define( 'DB_PASSWORD', 'Tr0ub4dor&3xq' );
define( 'DB_HOST', 'db.acme.io' );

define('AUTH_KEY',         'l|8+Wz&4X@,q7Vn^]K!pT2m{e9R#sY<0u/Jb6h%FcG1=DaL3');
define('SECURE_AUTH_KEY',  'put your unique phrase here');
