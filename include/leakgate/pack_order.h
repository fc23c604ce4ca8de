// The order in which to read blobs so that packfiles are read front to back.
#pragma once

#include <git2.h>

#include <cstdint>
#include <string>
#include <vector>

namespace leakgate {

/// A permutation of `blobs` (indices) sorted by (pack, offset in pack), from
/// the packs' .idx files under `objects_dir`/pack; blobs not in any pack
/// (loose) come first, in their given order. Reading objects in pack order
/// is several times faster than in object-id order. An unreadable or
/// malformed .idx is ignored here (reading the objects reports the problem).
std::vector<uint32_t> PackOrder(const std::string& objects_dir,
                                const std::vector<git_oid>& blobs);

}  // namespace leakgate
