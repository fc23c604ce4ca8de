// The scan pipeline: the walking thread feeds a bounded queue of batches of
// paths to N - 1 workers (batches, because a hand-off per small file costs
// as much as scanning it) and scans a batch itself when they are all busy;
// with one thread the walker scans each file itself.
// Each worker owns its scanner state (Hyperscan scratch, PCRE2 match data,
// one chunk buffer), so memory is N chunk buffers whatever the tree, and
// counts locally; the result is sorted before anyone sees it, so the report
// does not depend on scheduling.

#include "leakgate/scan.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <mutex>
#include <thread>
#include <utility>

#include "finish_result.h"
#include "leakgate/blob_scanner.h"
#include "leakgate/bounded_queue.h"
#include "leakgate/file_source.h"
#include "leakgate/long_path.h"

namespace leakgate {
namespace {

// Collects what workers and the walker report. Findings arrive per file, so
// the lock is taken once per file with findings, not per finding.
class ResultSink {
 public:
  explicit ResultSink(ScanResult* result) : result_(result) {}

  void AddFindings(std::vector<Finding>* findings) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (Finding& finding : *findings)
      result_->findings.push_back(std::move(finding));
    findings->clear();
  }
  void AddSkip(Skip skip) {
    std::lock_guard<std::mutex> lock(mutex_);
    result_->skipped.push_back(std::move(skip));
  }
  void AddWarning(std::string warning) {
    std::lock_guard<std::mutex> lock(mutex_);
    result_->warnings.push_back(std::move(warning));
  }
  void AddError(ScanError error) {
    std::lock_guard<std::mutex> lock(mutex_);
    result_->errors.push_back(std::move(error));
  }
  void CountFiles(uint64_t files, uint64_t bytes) {
    std::lock_guard<std::mutex> lock(mutex_);
    result_->summary.files += files;
    result_->summary.bytes += bytes;
  }
  void MarkIncomplete() {
    std::lock_guard<std::mutex> lock(mutex_);
    result_->complete = false;
  }

 private:
  std::mutex mutex_;
  ScanResult* result_;
};

// Files handed to a worker at a time.
constexpr size_t kBatchFiles = 32;
// Files this large get sequential read-ahead advice; smaller ones are read
// in one call anyway.
constexpr off_t kReadAheadHint = 1 << 20;

// Reads a file up to the size it had when opened (the scan is of that
// snapshot, and no read is spent only to find its end), or standard input
// to its end. A sparse file's holes are filled with zeros here rather than
// read: the kernel zero-fills a page-cache page for every 4 KiB of a hole
// (5 GiB of holes took 8 s of system time).
class FileReader {
 public:
  FileReader(int fd, uint64_t size, bool sparse)
      : fd_(fd), unread_(size), sparse_(sparse) {}

  long Read(char* buf, size_t size) {
    if (unread_ == 0) return 0;
    size_t want = static_cast<size_t>(std::min<uint64_t>(size, unread_));
    if (sparse_ && pos_ >= data_until_) FindRegion();
    ssize_t got;
    if (sparse_ && pos_ < zeros_until_) {
      want = static_cast<size_t>(std::min<uint64_t>(want, zeros_until_ - pos_));
      std::memset(buf, 0, want);
      got = static_cast<ssize_t>(want);
    } else if (sparse_) {
      want = static_cast<size_t>(std::min<uint64_t>(want, data_until_ - pos_));
      got = pread(fd_, buf, want, static_cast<off_t>(pos_));
    } else {
      got = read(fd_, buf, want);
    }
    if (got > 0) {
      pos_ += static_cast<uint64_t>(got);
      if (unread_ != UINT64_MAX) unread_ -= static_cast<uint64_t>(got);
    }
    return got;
  }

 private:
  // The zeros then the data that follow pos_: [pos_, zeros_until_) is a
  // hole, [zeros_until_, data_until_) data.
  void FindRegion() {
    const uint64_t end = pos_ + unread_;
    off_t data = lseek(fd_, static_cast<off_t>(pos_), SEEK_DATA);
    if (data < 0) {
      if (errno == ENXIO) {  // a hole to the end
        zeros_until_ = data_until_ = end;
      } else {  // no hole support: read it all
        sparse_ = false;
      }
      return;
    }
    off_t hole = lseek(fd_, data, SEEK_HOLE);
    zeros_until_ = std::min<uint64_t>(static_cast<uint64_t>(data), end);
    data_until_ = hole < 0 ? end : std::min<uint64_t>(hole, end);
    if (data_until_ <= pos_) sparse_ = false;  // shrank under us: just read
  }

  int fd_;
  uint64_t unread_;
  bool sparse_;
  uint64_t pos_ = 0;
  uint64_t zeros_until_ = 0;
  uint64_t data_until_ = 0;
};

class Worker {
 public:
  Worker(const Engine& engine, const ScanOptions& options, ResultSink* sink)
      : options_(options),
        sink_(sink),
        scanner_(engine, {options.chunk_size, options.show_secrets,
                          options.cancel, options.max_findings_per_file}) {}

  ~Worker() { sink_->CountFiles(files_, bytes_); }

  void Run(BoundedQueue<std::vector<FileItem>>* queue) {
    while (std::optional<std::vector<FileItem>> batch = queue->Pop())
      for (const FileItem& item : *batch) Scan(item);
  }

  void Scan(const FileItem& item) {
    if (Cancelled()) {
      sink_->MarkIncomplete();
      return;
    }
    int fd = STDIN_FILENO;
    uint64_t file_size = UINT64_MAX;
    bool sparse = false;
    if (!item.open_path.empty()) {
      // O_NOFOLLOW and O_NONBLOCK: a path swapped for a link or a FIFO since
      // the walk saw it is neither followed nor waited on.
      fd = OpenLongPath(item.open_path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
                                            O_CLOEXEC | O_NOCTTY);
      if (fd < 0) {
        if (errno == ELOOP)
          sink_->AddSkip({item.report_path, "symbolic link not followed"});
        else
          sink_->AddError({item.report_path, "", std::strerror(errno)});
        return;
      }
      struct stat st;
      if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        sink_->AddSkip({item.report_path, "not a regular file"});
        close(fd);
        return;
      }
      if (st.st_size >= kReadAheadHint)
        posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
      file_size = static_cast<uint64_t>(st.st_size);
      sparse = st.st_size >= kReadAheadHint &&
               static_cast<uint64_t>(st.st_blocks) * 512 < file_size;
    }
    FileReader reader(fd, file_size, sparse);
    ReadFn read_fd = [&](char* buf, size_t size) -> long {
      for (;;) {
        long got = reader.Read(buf, size);
        if (got > 0 && options_.progress)
          options_.progress->Add(0, static_cast<uint64_t>(got));
        if (got >= 0 || errno != EINTR || Cancelled()) return got;
      }
    };
    uint64_t bytes = 0;
    std::string err;
    BlobScanner::Status status = scanner_.ScanStream(read_fd, item.report_path,
                                                     &findings_, &bytes, &err);
    if (fd != STDIN_FILENO) close(fd);
    files_ += 1;
    bytes_ += bytes;
    if (options_.progress) options_.progress->Add(1, 0);
    if (status == BlobScanner::Status::kReadError)
      sink_->AddError({item.report_path, "", "read failed: " + err});
    if (status == BlobScanner::Status::kCancelled) sink_->MarkIncomplete();
    if (scanner_.unreported() != 0)
      sink_->AddWarning(UnreportedWarning(item.report_path,
                                          scanner_.unreported(),
                                          options_.max_findings_per_file));
    if (!findings_.empty()) sink_->AddFindings(&findings_);
  }

  bool Cancelled() const { return options_.cancel && options_.cancel->load(); }

  const ScanOptions& options_;
  ResultSink* sink_;
  BlobScanner scanner_;
  std::vector<Finding> findings_;
  uint64_t files_ = 0;
  uint64_t bytes_ = 0;
};

// Each directory given may hold an ignore file at its top, which speaks for
// the findings under it: their reported paths start with the root as
// WalkPaths names it (nothing when one root is given).
std::vector<IgnoreLocation> RootIgnoreFiles(
    const std::vector<std::string>& roots) {
  std::vector<IgnoreLocation> locations;
  for (const std::string& root : roots) {
    struct stat st;
    if (root == "-" || lstat(root.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
      continue;
    std::string scope = roots.size() > 1 ? root : "";
    while (scope.size() > 1 && scope.back() == '/') scope.pop_back();
    if (scope == ".") scope.clear();
    if (!scope.empty() && scope.back() != '/') scope += '/';
    std::string path = root;
    if (path == ".") path.clear();
    if (!path.empty() && path.back() != '/') path += '/';
    locations.push_back({path + kIgnoreFileName, scope});
  }
  return locations;
}

}  // namespace

bool RunScan(const Engine& engine, const ScanOptions& options,
             ScanResult* result, std::string* err) {
  const auto started = std::chrono::steady_clock::now();
  Suppressor suppressor;
  if (!suppressor.Load(options.suppress, RootIgnoreFiles(options.paths), err))
    return false;
  ResultSink sink(result);
  const int threads = std::max(1, options.threads);
  FileSink file_sink{nullptr, [&](Skip skip) { sink.AddSkip(std::move(skip)); },
                     [&](ScanError error) { sink.AddError(std::move(error)); }};
  if (threads == 1) {
    Worker worker(engine, options, &sink);
    file_sink.file = [&](FileItem item) { worker.Scan(item); };
    WalkPaths(options.paths, {options.excludes, options.cancel}, file_sink);
  } else {
    // The walking thread is one of the N: it scans a batch itself whenever
    // the queue is full, so N threads keep N CPUs busy and none waits.
    BoundedQueue<std::vector<FileItem>> queue(static_cast<size_t>(threads) * 4);
    std::vector<std::unique_ptr<Worker>> workers;
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i)
      workers.push_back(std::make_unique<Worker>(engine, options, &sink));
    for (int i = 1; i < threads; ++i)
      pool.emplace_back(&Worker::Run, workers[i].get(), &queue);
    Worker& walker = *workers[0];
    std::vector<FileItem> batch;
    auto hand_off = [&] {
      if (!queue.TryPush(&batch))
        for (const FileItem& item : batch) walker.Scan(item);
      batch.clear();
    };
    file_sink.file = [&](FileItem item) {
      batch.push_back(std::move(item));
      if (batch.size() == kBatchFiles) hand_off();
    };
    WalkPaths(options.paths, {options.excludes, options.cancel}, file_sink);
    if (!batch.empty()) hand_off();
    queue.Close();
    walker.Run(&queue);  // what is left, alongside the others
    for (std::thread& thread : pool) thread.join();
    workers.clear();  // each adds its counts as it goes
  }

  FinishResult(options.cancel, suppressor, started, result);
  return true;
}

}  // namespace leakgate
