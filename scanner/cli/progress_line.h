// The progress line on standard error: what the pipelines have counted so
// far, redrawn in place.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "leakgate/progress.h"

namespace leakgate::cli {

/// Draws `progress` on standard error from its own thread, at most ten
/// times a second, once the scan has run for about a second (a quick scan
/// shows nothing). Stop() erases the line, so the report that follows
/// starts on a clean line.
class ProgressLine {
 public:
  /// Counts files (`scan`) or blobs (`git`). Nothing is drawn unless
  /// `enabled`.
  ProgressLine(const ScanProgress* progress, bool git, bool enabled);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  /// Ends the drawing thread and erases the line if one was drawn.
  void Stop();

 private:
  void Run();
  std::string Line(double seconds) const;

  const ScanProgress* progress_;
  bool git_;
  std::chrono::steady_clock::time_point started_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  bool drawn_ = false;
  std::thread thread_;
};

}  // namespace leakgate::cli
