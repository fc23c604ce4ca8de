$env:AWS_ACCESS_KEY_ID = "AKIAQFT3NKASDXWSJIAF"
$env:AWS_SECRET_ACCESS_KEY = "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"
$env:AWS_DEFAULT_REGION = "eu-central-1"
Write-Host "AWS profile loaded for $env:USERNAME"
Set-Location "$HOME\src\tenant"
function Invoke-Count { python -m tools.flush @args }
