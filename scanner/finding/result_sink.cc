#include "leakgate/result_sink.h"

#include <iterator>
#include <utility>

namespace leakgate {

void ResultSink::AddError(ScanError error) {
  std::lock_guard<std::mutex> lock(mutex_);
  result_->errors.push_back(std::move(error));
}

void ResultSink::AddSkip(Skip skip) {
  std::lock_guard<std::mutex> lock(mutex_);
  result_->skipped.push_back(std::move(skip));
}

void ResultSink::AddWarning(std::string warning) {
  std::lock_guard<std::mutex> lock(mutex_);
  result_->warnings.push_back(std::move(warning));
}

void ResultSink::AddFindings(std::vector<Finding>* findings) {
  std::lock_guard<std::mutex> lock(mutex_);
  result_->findings.insert(result_->findings.end(),
                           std::make_move_iterator(findings->begin()),
                           std::make_move_iterator(findings->end()));
  findings->clear();
}

void ResultSink::Count(uint64_t files, uint64_t blobs, uint64_t bytes) {
  std::lock_guard<std::mutex> lock(mutex_);
  result_->summary.files += files;
  result_->summary.blobs += blobs;
  result_->summary.bytes += bytes;
}

void ResultSink::MarkIncomplete() {
  std::lock_guard<std::mutex> lock(mutex_);
  result_->complete = false;
}

void FindingList::Add(uint64_t, std::vector<Finding>* findings) {
  findings_.insert(findings_.end(), std::make_move_iterator(findings->begin()),
                   std::make_move_iterator(findings->end()));
  findings->clear();
}

}  // namespace leakgate
