#!/bin/sh
mysqldump -u backup -pS3cretRootPw --all-databases > all.sql
sshpass -p "$SSHPASS" scp all.sql backup@10.0.3.17:
