define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );
mysql -uroot -p -h db.acme.io app
curl -u "$USER:$TOKEN" https://api.acme.io
