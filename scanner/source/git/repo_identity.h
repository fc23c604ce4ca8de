// What names a repository's state across machines, and which shard a blob
// belongs to. Internal to the git source.
#pragma once

#include <git2.h>

#include <cstdint>
#include <string>

#include "source/git/git_history.h"

namespace leakgate {

/// "sha256:…" over every ref (and HEAD) with the id it names, sorted by
/// name: equal for two clones at the same state, wherever they are.
std::string RepositoryIdentity(const GitRepository& repo);

/// The shard of `count` that blob `id` belongs to: its first eight bytes,
/// big-endian, modulo `count` (object ids are uniform).
uint32_t BlobShard(const git_oid& id, uint32_t count);

}  // namespace leakgate
