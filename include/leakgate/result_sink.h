// Where every stage reports what it found and what went wrong: the one
// channel from the stages to the report.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "leakgate/finding.h"

namespace leakgate {

/// Thread-safe. Errors, skips and warnings are rare, so one lock suffices;
/// findings arrive once per worker (FindingCollector), not per finding.
class ResultSink {
 public:
  explicit ResultSink(ScanResult* result) : result_(result) {}

  void AddError(ScanError error);
  void AddSkip(Skip skip);
  void AddWarning(std::string warning);
  void AddFindings(std::vector<Finding>* findings);  ///< takes them
  void Count(uint64_t files, uint64_t blobs, uint64_t bytes);
  void MarkIncomplete();

 private:
  std::mutex mutex_;
  ScanResult* result_;
};

/// Collects one worker's findings. The source decides what a finding means
/// in its context (a git blob's findings are folded per path and commit).
class FindingCollector {
 public:
  virtual ~FindingCollector() = default;
  /// Takes the findings of one scanned blob; `blob_id` is BlobRef::id.
  virtual void Add(uint64_t blob_id, std::vector<Finding>* findings) = 0;
};

/// A collector that keeps every finding as it is (files and standard input:
/// every location is a finding).
class FindingList final : public FindingCollector {
 public:
  void Add(uint64_t, std::vector<Finding>* findings) override;
  std::vector<Finding>* findings() { return &findings_; }

 private:
  std::vector<Finding> findings_;
};

}  // namespace leakgate
