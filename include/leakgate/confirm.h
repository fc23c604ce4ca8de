// Confirmation: PCRE2 on bounded windows around prefilter hits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "leakgate/hs_database.h"
#include "leakgate/regex.h"
#include "leakgate/rule.h"

namespace leakgate {

/// A confirmed secret: rule index and the secret's byte span in the buffer.
struct Match {
  uint32_t rule;
  uint64_t start;
  uint64_t end;

  bool operator<(const Match& other) const {
    if (start != other.start) return start < other.start;
    if (end != other.end) return end < other.end;
    return rule < other.rule;
  }
  bool operator==(const Match& other) const {
    return rule == other.rule && start == other.start && end == other.end;
  }
};

/// Per-worker confirmation state; reused across buffers.
struct ConfirmScratch {
  MatchData match_data;
  std::vector<RawHit> hits;
  std::vector<Match> anchors;
};

/// Confirms prefilter hits. Shared by all workers; each rule's regexes are
/// compiled on first use, so start-up pays only for rules that hit.
class Confirmer {
 public:
  explicit Confirmer(const RuleSet& rules);
  ~Confirmer();

  /// Confirms `hits` against buf[0, size). Fills `out`, sorted and
  /// without duplicates, every match whose secret ends in
  /// (owned_begin, owned_end]; matches ending elsewhere belong to a
  /// neighbouring chunk. Every window read lies inside the buffer.
  void Confirm(const char* buf, size_t size, const std::vector<RawHit>& hits,
               size_t owned_begin, size_t owned_end, ConfirmScratch* scratch,
               std::vector<Match>* out) const;

  /// True if `secret` would be rejected as a decoy for `rule` (allow lists
  /// and entropy). Exposed for `rules check` and tests.
  bool IsDecoy(uint32_t rule, const char* secret, size_t size,
               MatchData* match_data) const;

 private:
  struct CompiledRule;
  const CompiledRule& Compiled(uint32_t rule) const;
  void ConfirmWindow(const char* buf, size_t window_begin, size_t window_end,
                     uint32_t rule, const Regex& regex, int secret_group,
                     size_t owned_begin, size_t owned_end,
                     ConfirmScratch* scratch, std::vector<Match>* out) const;
  void DropCoveredFallbacks(std::vector<Match>* matches) const;
  void ConfirmNearby(const char* buf, size_t size, size_t owned_begin,
                     size_t owned_end, ConfirmScratch* scratch,
                     std::vector<Match>* out) const;

  const RuleSet& rules_;
  std::vector<Regex> global_allow_;
  std::vector<int> anchor_of_;  ///< nearby anchor rule index, or -1.
  std::vector<bool> is_anchor_;
  mutable std::vector<std::unique_ptr<CompiledRule>> compiled_;
};

}  // namespace leakgate
