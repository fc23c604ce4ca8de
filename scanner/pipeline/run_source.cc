// The worker pool. The producing thread (the directory walk, or the git
// plan's blobs in pack order) hands batches to a bounded queue and scans a
// batch itself whenever the queue is full, so N threads keep N CPUs busy and
// none waits; with one thread it scans each blob as it is produced.
// Each worker owns its scanner state (Hyperscan scratch, PCRE2 match data,
// one chunk buffer), its reader and its collector, so memory is N chunk
// buffers whatever the input, and counts locally. The source folds the
// collectors at the end; the result is sorted before anyone sees it, so the
// report does not depend on scheduling.

#include "run_source.h"

#include <algorithm>
#include <memory>
#include <thread>
#include <utility>

#include "leakgate/blob_scanner.h"
#include "leakgate/bounded_queue.h"

namespace leakgate {
namespace {

class Worker {
 public:
  Worker(const Engine& engine, const ScanOptions& options, ResultSink* sink,
         std::unique_ptr<BlobReader> reader,
         std::unique_ptr<FindingCollector> collector)
      : options_(options),
        sink_(sink),
        reader_(std::move(reader)),
        collector_(std::move(collector)),
        scanner_(engine, {options.chunk_size, options.show_secrets,
                          options.cancel, options.max_findings_per_file,
                          options.keep_raw_secrets}) {}

  ~Worker() { sink_->Count(files_, blobs_, bytes_); }

  std::unique_ptr<FindingCollector> TakeCollector() {
    return std::move(collector_);
  }

  void Run(BoundedQueue<std::vector<BlobRef>>* queue) {
    while (std::optional<std::vector<BlobRef>> batch = queue->Pop())
      for (const BlobRef& ref : *batch) Scan(ref);
  }

  void Scan(const BlobRef& ref) {
    if (options_.Cancelled()) {
      sink_->MarkIncomplete();
      return;
    }
    BlobContent content;
    if (!reader_->Open(ref, &content)) return;
    uint64_t bytes = content.data.size();
    BlobScanner::Status status = BlobScanner::Status::kOk;
    std::string err;
    if (content.stream) {
      bytes = 0;
      status = scanner_.ScanStream(content.stream, content.location_path,
                                   &findings_, &bytes, &err);
    } else {
      scanner_.ScanBuffer(content.data, content.location_path, &findings_);
    }
    reader_->Close();
    Count(ref, bytes, !content.stream);
    if (status == BlobScanner::Status::kReadError)
      sink_->AddError({content.label, "", "read failed: " + err});
    if (status == BlobScanner::Status::kCancelled) sink_->MarkIncomplete();
    if (scanner_.unreported() != 0)
      sink_->AddWarning(UnreportedWarning(content.label, scanner_.unreported(),
                                          options_.max_findings_per_file));
    if (!findings_.empty()) collector_->Add(ref.id, &findings_);
    findings_.clear();
  }

 private:
  // Files and blobs are counted; messages are scanned but not counted.
  void Count(const BlobRef& ref, uint64_t bytes, bool bytes_unreported) {
    const bool blob = std::holds_alternative<GitBlobProvenance>(ref.provenance);
    const bool file = std::holds_alternative<FileProvenance>(ref.provenance) ||
                      std::holds_alternative<StdinProvenance>(ref.provenance);
    if (!blob && !file) return;
    (blob ? blobs_ : files_) += 1;
    bytes_ += bytes;
    // A stream's bytes reach the progress display as they are read.
    if (options_.progress)
      options_.progress->Add(1, bytes_unreported ? bytes : 0);
  }

  const ScanOptions& options_;
  ResultSink* sink_;
  std::unique_ptr<BlobReader> reader_;
  std::unique_ptr<FindingCollector> collector_;
  BlobScanner scanner_;
  std::vector<Finding> findings_;
  uint64_t files_ = 0;
  uint64_t blobs_ = 0;
  uint64_t bytes_ = 0;
};

// Workers that could get a reader; the first is the producing thread's.
std::vector<std::unique_ptr<Worker>> MakeWorkers(const Engine& engine,
                                                 const ScanOptions& options,
                                                 Source* source,
                                                 ResultSink* sink) {
  std::vector<std::unique_ptr<Worker>> workers;
  const int threads = source->Small() ? 1 : std::max(1, options.threads);
  for (int i = 0; i < threads; ++i)
    if (std::unique_ptr<BlobReader> reader = source->NewReader())
      workers.push_back(std::make_unique<Worker>(
          engine, options, sink, std::move(reader), source->NewCollector()));
  return workers;
}

void ProduceOnOneThread(Source* source, Worker* worker) {
  source->Produce([&](BlobRef ref) { worker->Scan(ref); });
}

// The producer runs on a thread of its own too, not the caller's: the
// threads of a git plan's tree comparison have just ended, and new threads
// take over their malloc arenas, memory and all. On the calling thread the
// scan would leave one of those arenas idle (32 MiB more peak RSS on a
// 3,000-commit history).
void ProduceOnMany(Source* source,
                   const std::vector<std::unique_ptr<Worker>>& workers) {
  BoundedQueue<std::vector<BlobRef>> queue(workers.size() * 4);
  std::vector<std::thread> pool;
  for (size_t i = 1; i < workers.size(); ++i)
    pool.emplace_back(&Worker::Run, workers[i].get(), &queue);
  pool.emplace_back([&] {
    Worker& producer = *workers[0];
    const size_t batch_size = source->BatchSize();
    std::vector<BlobRef> batch;
    auto hand_off = [&] {
      if (!queue.TryPush(&batch))
        for (const BlobRef& ref : batch) producer.Scan(ref);
      batch.clear();
    };
    source->Produce([&](BlobRef ref) {
      batch.push_back(std::move(ref));
      if (batch.size() == batch_size) hand_off();
    });
    if (!batch.empty()) hand_off();
    queue.Close();
    producer.Run(&queue);  // what is left, alongside the others
  });
  for (std::thread& thread : pool) thread.join();
}

}  // namespace

void RunSource(const Engine& engine, const ScanOptions& options,
               Source* source, ResultSink* sink) {
  std::vector<std::unique_ptr<Worker>> workers =
      MakeWorkers(engine, options, source, sink);
  if (workers.empty()) return;  // no reader: the sink says why
  if (workers.size() == 1)
    ProduceOnOneThread(source, workers[0].get());
  else
    ProduceOnMany(source, workers);
  std::vector<std::unique_ptr<FindingCollector>> collectors;
  for (std::unique_ptr<Worker>& worker : workers)
    collectors.push_back(worker->TakeCollector());
  workers.clear();  // each adds its counts as it goes
  std::vector<Finding> findings;
  source->Finish(std::move(collectors), &findings);
  sink->AddFindings(&findings);
}

}  // namespace leakgate
