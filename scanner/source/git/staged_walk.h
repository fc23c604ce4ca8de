// What `leakgate git --staged` scans: the index entries that differ from
// HEAD's tree. Internal to the git source (git_history.cc).
#pragma once

#include <git2.h>

#include <optional>
#include <string>
#include <vector>

#include "leakgate/finding.h"
#include "source/git/git_history.h"
#include "source/git/git_objects.h"

namespace leakgate {

/// A staged blob at `path`; `previous` is the blob HEAD has there, if any.
struct StagedChange {
  git_oid blob;
  std::string path;
  std::optional<git_oid> previous;
};

/// Compares the repository's index (the one set on it: GIT_INDEX_FILE's in
/// a hook) with HEAD's tree, in index order. Skipped: entries in conflict
/// (stage 1-3), intent-to-add entries (nothing staged yet), gitlinks, and
/// entries whose id HEAD has at the same path. An unborn HEAD makes every
/// entry a change. Unreadable trees become `errors` (their entries are
/// then changes with no previous blob); false, with `err`, only when the
/// index or HEAD cannot be read at all.
bool StagedChanges(const GitRepository& repo, GitObjectReader* reader,
                   std::vector<StagedChange>* changes,
                   std::vector<ScanError>* errors, std::string* err);

}  // namespace leakgate
