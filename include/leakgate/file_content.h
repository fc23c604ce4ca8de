// Reading files and standard input for the scan: the content stage's reader
// for FileProvenance and StdinProvenance blobs.
#pragma once

#include <cstdint>
#include <memory>

#include "leakgate/progress.h"
#include "leakgate/result_sink.h"
#include "leakgate/source.h"

namespace leakgate {

/// Opens each file without following links or waiting on FIFOs, and reads
/// it as a stream up to the size it had when opened; a sparse file's holes
/// are filled with zeros rather than read. A path swapped for a link since
/// the walk saw it is a skip; one that cannot be opened an error.
class FileContentReader final : public BlobReader {
 public:
  FileContentReader(ResultSink* sink, ScanProgress* progress,
                    const std::atomic<bool>* cancel);
  ~FileContentReader() override;

  bool Open(const BlobRef& ref, BlobContent* content) override;
  void Close() override;

 private:
  class SnapshotReader;

  ResultSink* sink_;
  ScanProgress* progress_;
  const std::atomic<bool>* cancel_;
  int fd_ = -1;
  std::unique_ptr<SnapshotReader> reader_;
};

}  // namespace leakgate
