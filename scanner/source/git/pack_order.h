// The order in which to read blobs so that packfiles are read front to back.
#pragma once

#include <git2.h>

#include <cstdint>
#include <string>
#include <vector>

#include "source/git/pack_reader.h"

namespace leakgate {

/// A permutation of `blobs` (indices) sorted by (pack, offset in pack);
/// blobs in no pack (loose) come first, in their given order. Reading
/// objects in pack order is several times faster than in object-id order.
std::vector<uint32_t> PackOrder(const PackSet& packs,
                                const std::vector<git_oid>& blobs);

}  // namespace leakgate
