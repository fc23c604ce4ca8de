# bash completion for leakgate(1). Keep the flags in step with `leakgate
# scan --help` and `leakgate git --help` (tests/e2e/test_packaging.py checks).
_leakgate() {
  local cur prev words cword
  _init_completion || return
  local common="-h --help -f --format -o --output --no-color -q --quiet
    --progress --no-progress -j --threads --show-secrets
    --max-findings-per-file --min-confidence --exclude --ignore-file
    --no-repo-config --baseline --report-unused-ignores
    --verify --verify-timeout --verify-rate --verify-endpoint --verify-ca
    --only-verified --fail-on"
  local command=${words[1]}
  case $prev in
    -f|--format)
      COMPREPLY=($(compgen -W "text json jsonl sarif gitlab junit" -- "$cur"))
      return ;;
    --min-confidence)
      COMPREPLY=($(compgen -W "low medium high" -- "$cur"))
      return ;;
    --fail-on)
      COMPREPLY=($(compgen -W "any live" -- "$cur"))
      return ;;
    -o|--output|--ignore-file|--baseline|--verify-ca|--repos)
      _filedir
      return ;;
    -j|--threads|--max-findings-per-file|--max-blob-size|--range|--since-commit|--exclude|--verify-timeout|--verify-rate|--verify-endpoint|--shard)
      return ;;
  esac
  if ((cword == 1)); then
    COMPREPLY=($(compgen -W "scan git merge install-hook rules version -V --version -h --help" -- "$cur"))
    return
  fi
  case $command in
    scan)
      if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$common" -- "$cur"))
      else
        _filedir
      fi ;;
    git)
      if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$common --staged --range --since-commit --max-blob-size --repos --shard" -- "$cur"))
      else
        _filedir -d
      fi ;;
    merge)
      _filedir jsonl ;;
    install-hook)
      if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "-h --help --force" -- "$cur"))
      else
        _filedir -d
      fi ;;
    rules)
      if ((cword == 2)); then
        COMPREPLY=($(compgen -W "list check" -- "$cur"))
      else
        _filedir toml
      fi ;;
  esac
}
complete -F _leakgate leakgate
