# fish completion for leakgate(1). Keep the flags in step with `leakgate
# scan --help` and `leakgate git --help` (tests/e2e/test_packaging.py checks).
set -l commands scan git merge install-hook rules version
complete -c leakgate -f
complete -c leakgate -n "not __fish_seen_subcommand_from $commands" -s V -l version -d 'Print versions'
complete -c leakgate -n "not __fish_seen_subcommand_from $commands" -a scan -d 'Scan files and directories'
complete -c leakgate -n "not __fish_seen_subcommand_from $commands" -a git -d 'Scan git history'
complete -c leakgate -n "not __fish_seen_subcommand_from $commands" -a merge -d 'Merge shard reports'
complete -c leakgate -n "not __fish_seen_subcommand_from $commands" -a install-hook -d 'Install the pre-commit hook'
complete -c leakgate -n "not __fish_seen_subcommand_from $commands" -a rules -d 'List or check rules'
complete -c leakgate -n "not __fish_seen_subcommand_from $commands" -a version -d 'Print versions'
complete -c leakgate -n "__fish_seen_subcommand_from rules" -a 'list check'

set -l scans "__fish_seen_subcommand_from scan git"
complete -c leakgate -n $scans -s f -l format -x -a 'text json jsonl sarif gitlab junit' -d 'Report format'
complete -c leakgate -n $scans -s o -l output -r -F -d 'Write the report to FILE'
complete -c leakgate -n $scans -l no-color -d 'Never colour text output'
complete -c leakgate -n $scans -s q -l quiet -d 'No notices, hints or progress'
complete -c leakgate -n $scans -l progress -d 'Show progress on standard error'
complete -c leakgate -n $scans -l no-progress -d 'Never show progress'
complete -c leakgate -n $scans -s j -l threads -x -d 'Worker threads'
complete -c leakgate -n $scans -l show-secrets -d 'Print secrets in full'
complete -c leakgate -n $scans -l max-findings-per-file -x -d 'At most N findings per file'
complete -c leakgate -n $scans -l min-confidence -x -a 'low medium high' -d 'Least confidence reported'
complete -c leakgate -n $scans -l exclude -x -d 'Skip paths matching GLOB'
complete -c leakgate -n $scans -l ignore-file -r -F -d 'Suppress the fingerprints listed in FILE'
complete -c leakgate -n $scans -l no-repo-config -d "Do not read the scanned tree's .leakgateignore"
complete -c leakgate -n $scans -l baseline -r -F -d 'Do not report findings in an earlier JSON report'
complete -c leakgate -n $scans -l report-unused-ignores -d 'Warn about unused ignore entries'
complete -c leakgate -n $scans -l verify -d 'Check each credential live with its provider (network)'
complete -c leakgate -n $scans -l verify-timeout -x -d 'Seconds one live check may take'
complete -c leakgate -n $scans -l verify-rate -x -d 'Requests per second to one provider'
complete -c leakgate -n $scans -l verify-endpoint -x -d "Send a provider's checks to URL (tests)"
complete -c leakgate -n $scans -l verify-ca -r -F -d 'Trust this PEM bundle for the checks'
complete -c leakgate -n $scans -l only-verified -d 'Report live credentials only'
complete -c leakgate -n $scans -l fail-on -x -a 'any live' -d 'What makes exit code 1'
complete -c leakgate -n "__fish_seen_subcommand_from scan" -F
complete -c leakgate -n "__fish_seen_subcommand_from git" -l staged -d 'Only the staged changes'
complete -c leakgate -n "__fish_seen_subcommand_from git" -l range -x -d 'Only the commits in A..B'
complete -c leakgate -n "__fish_seen_subcommand_from git" -l since-commit -x -d 'Shorthand for REV..HEAD'
complete -c leakgate -n "__fish_seen_subcommand_from git" -l max-blob-size -x -d 'Skip larger blobs'
complete -c leakgate -n "__fish_seen_subcommand_from git" -l repos -r -d 'Scan the repositories listed in FILE'
complete -c leakgate -n "__fish_seen_subcommand_from git" -l shard -x -d 'Scan only shard K of N (K/N)'
complete -c leakgate -n "__fish_seen_subcommand_from install-hook" -l force -d 'Replace another hook'
