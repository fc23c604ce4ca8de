@echo off
setlocal
REM Credentials for the nightly session export
set AWS_ACCESS_KEY_ID=AKIA7X5ZG3HM5JM64H6I
set AWS_SECRET_ACCESS_KEY=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
set AWS_DEFAULT_REGION=us-west-2
cd /d %~dp0
python -m node_export %*
endlocal
