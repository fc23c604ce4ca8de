// Per-worker Hyperscan scanning. The callback only records (rule, end):
// anything more expensive belongs in confirm/, which runs once per window
// instead of once per hit.

#include <cstdlib>
#include <new>

#include "leakgate/hs_database.h"

namespace leakgate {
namespace {

int OnMatch(unsigned int id, unsigned long long /*from*/, unsigned long long to,
            unsigned int /*flags*/, void* context) {
  static_cast<std::vector<RawHit>*>(context)->push_back(RawHit{id, to});
  return 0;
}

}  // namespace

HsScanner::HsScanner(const HsDatabase& db) : db_(db) {
  if (hs_alloc_scratch(db_.get(), &scratch_) != HS_SUCCESS)
    throw std::bad_alloc();
  hits_.reserve(1024);
}

HsScanner::~HsScanner() { hs_free_scratch(scratch_); }

const std::vector<RawHit>& HsScanner::Scan(const char* data, size_t size) {
  hits_.clear();
  // Hyperscan takes an unsigned int length; larger buffers are the chunk
  // reader's job to avoid, so this is an invariant, not a runtime path.
  if (size > 0) {
    hs_scan(db_.get(), data, static_cast<unsigned int>(size), 0, scratch_,
            OnMatch, &hits_);
  }
  return hits_;
}

}  // namespace leakgate
