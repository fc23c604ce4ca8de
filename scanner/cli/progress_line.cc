// The progress line: a thread that samples the pipeline's atomic counters
// and redraws one line on standard error with "\r" and an erase-line
// sequence. The pipelines never print; this is the only reader of their
// counters. Writes go straight to the file descriptor, unbuffered, so a
// line is never interleaved with a half-flushed report.

#include "progress_line.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>

#include "leakgate/human_bytes.h"

namespace leakgate::cli {
namespace {

constexpr auto kFirstDraw = std::chrono::seconds(1);
constexpr auto kRedraw = std::chrono::milliseconds(100);
constexpr char kEraseLine[] = "\r\x1b[K";

void WriteAll(const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    ssize_t wrote =
        write(STDERR_FILENO, text.data() + done, text.size() - done);
    if (wrote <= 0) return;  // a closed or full stderr: progress is optional
    done += static_cast<size_t>(wrote);
  }
}

}  // namespace

ProgressLine::ProgressLine(const ScanProgress* progress, bool git, bool enabled)
    : progress_(progress),
      git_(git),
      started_(std::chrono::steady_clock::now()) {
  if (enabled) thread_ = std::thread(&ProgressLine::Run, this);
}

ProgressLine::~ProgressLine() { Stop(); }

void ProgressLine::Stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (drawn_) WriteAll(kEraseLine);
  drawn_ = false;
}

void ProgressLine::Run() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (wake_.wait_until(lock, started_ + kFirstDraw, [&] { return stop_; }))
    return;
  do {
    const double seconds = std::chrono::duration<double>(
                               std::chrono::steady_clock::now() - started_)
                               .count();
    std::string line = Line(seconds);
    // A line wider than the terminal would wrap, and "\r" would then
    // redraw only its last row.
    struct winsize size {};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 1 &&
        line.size() >= size.ws_col)
      line.resize(size.ws_col - 1);
    WriteAll(kEraseLine + line);
    drawn_ = true;
  } while (!wake_.wait_for(lock, kRedraw, [&] { return stop_; }));
}

std::string ProgressLine::Line(double seconds) const {
  const uint64_t items = progress_->items.load(std::memory_order_relaxed);
  const uint64_t bytes = progress_->bytes.load(std::memory_order_relaxed);
  const uint64_t total = progress_->total.load(std::memory_order_relaxed);
  const char* noun = git_ ? "blobs" : "files";
  std::string line = "leakgate: ";
  if (git_ && total == 0)
    line += "reading history";
  else if (git_)
    line += std::to_string(items) + "/" + std::to_string(total) + " " + noun;
  else
    line += std::to_string(items) + " " + noun;
  line += ", " + HumanBytes(bytes);
  if (seconds > 0)
    line += ", " + HumanBytes(static_cast<uint64_t>(bytes / seconds)) + "/s";
  line += ", " + std::to_string(static_cast<uint64_t>(seconds)) + " s";
  return line;
}

}  // namespace leakgate::cli
