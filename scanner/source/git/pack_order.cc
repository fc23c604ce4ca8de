#include "source/git/pack_order.h"

#include <algorithm>
#include <tuple>

namespace leakgate {

std::vector<uint32_t> PackOrder(const PackSet& packs,
                                const std::vector<git_oid>& blobs) {
  // Loose blobs keep (0, 0) and sort first; packs are numbered from 1.
  std::vector<std::pair<uint32_t, uint64_t>> places(blobs.size(), {0, 0});
  for (size_t i = 0; i < blobs.size(); ++i) {
    PackSet::Place place;
    if (packs.Find(blobs[i], &place))
      places[i] = {place.pack + 1, place.offset};
  }
  std::vector<uint32_t> order(blobs.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return places[a] < places[b];
  });
  return order;
}

}  // namespace leakgate
