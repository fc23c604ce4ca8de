// The one Hyperscan database holding every rule's prefilter pattern.
#pragma once

#include <hs.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "leakgate/rule.h"

namespace leakgate {

/// A pattern's width bounds, computed at build time (leakgate_rulec).
struct PatternWidth {
  std::string_view pattern;
  unsigned min_width;
  unsigned max_width;
};

/// Owns a compiled Hyperscan block-mode database. Expression id i is rule i.
class HsDatabase {
 public:
  HsDatabase() = default;
  explicit HsDatabase(hs_database_t* db) : db_(db) {}

  /// Compiles every rule's `pattern` into one database for the host CPU.
  /// On failure names the rule whose pattern failed.
  static bool Compile(const RuleSet& rules, HsDatabase* out, std::string* err);
  /// Compiles one pattern alone, as `rules check` does per rule; fills the
  /// pattern's width bounds when it compiles.
  static bool CheckPattern(const std::string& pattern, unsigned* min_width,
                           unsigned* max_width, std::string* err);
  /// Patterns already checked by the build, sorted by pattern: CheckPattern
  /// answers them from the table (a Hyperscan analysis per rule was most of
  /// start-up). Set once, before any rules load; others are still checked.
  static void SetKnownWidths(const PatternWidth* table, size_t count);
  /// Loads a database serialized by Serialize. Fails (without crashing) on
  /// bytes from another Hyperscan version or a CPU this one cannot run.
  static bool Deserialize(const void* bytes, size_t size, HsDatabase* out,
                          std::string* err);
  bool Serialize(std::string* bytes, std::string* err) const;

  const hs_database_t* get() const { return db_.get(); }
  explicit operator bool() const { return db_ != nullptr; }

 private:
  struct Free {
    void operator()(hs_database_t* db) const { hs_free_database(db); }
  };
  std::unique_ptr<hs_database_t, Free> db_;
};

/// A hit from the prefilter: rule `rule` may match ending at byte `end`.
struct RawHit {
  uint32_t rule;
  uint64_t end;
};

/// Per-worker scanning state (Hyperscan scratch). Not thread-safe; make one
/// per thread. The hit buffer is reused across scans.
class HsScanner {
 public:
  explicit HsScanner(const HsDatabase& db);
  ~HsScanner();
  HsScanner(const HsScanner&) = delete;
  HsScanner& operator=(const HsScanner&) = delete;

  /// Scans `data` once and returns every (rule, end) hit, unordered.
  /// May report false positives, never false negatives, with respect to
  /// the rules' confirm regexes.
  const std::vector<RawHit>& Scan(const char* data, size_t size);

 private:
  const HsDatabase& db_;
  hs_scratch_t* scratch_ = nullptr;
  std::vector<RawHit> hits_;
};

}  // namespace leakgate
