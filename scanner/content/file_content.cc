// Reading a file for the scan. A file is read up to the size it had when
// opened (the scan is of that snapshot, and no read is spent only to find
// its end), standard input to its end. A sparse file's holes are filled
// with zeros here rather than read: the kernel zero-fills a page-cache page
// for every 4 KiB of a hole (5 GiB of holes took 8 s of system time).

#include "leakgate/file_content.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "leakgate/long_path.h"

namespace leakgate {
namespace {

// Files this large get sequential read-ahead advice and are checked for
// holes; smaller ones are read in one call anyway.
constexpr off_t kLargeFile = 1 << 20;

}  // namespace

class FileContentReader::SnapshotReader {
 public:
  SnapshotReader(int fd, uint64_t size, bool sparse)
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

FileContentReader::FileContentReader(ResultSink* sink, ScanProgress* progress,
                                     const std::atomic<bool>* cancel)
    : sink_(sink), progress_(progress), cancel_(cancel) {}

FileContentReader::~FileContentReader() { Close(); }

bool FileContentReader::Open(const BlobRef& ref, BlobContent* content) {
  uint64_t size = UINT64_MAX;
  bool sparse = false;
  if (const auto* file = std::get_if<FileProvenance>(&ref.provenance)) {
    content->label = content->location_path = file->report_path;
    // O_NOFOLLOW and O_NONBLOCK: a path swapped for a link or a FIFO since
    // the walk saw it is neither followed nor waited on.
    fd_ = OpenLongPath(file->open_path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
                                            O_CLOEXEC | O_NOCTTY);
    if (fd_ < 0) {
      if (errno == ELOOP)
        sink_->AddSkip({file->report_path, "symbolic link not followed"});
      else
        sink_->AddError({file->report_path, "", std::strerror(errno)});
      return false;
    }
    struct stat st;
    if (fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
      sink_->AddSkip({file->report_path, "not a regular file"});
      Close();
      return false;
    }
    if (st.st_size >= kLargeFile) posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
    size = static_cast<uint64_t>(st.st_size);
    sparse = st.st_size >= kLargeFile &&
             static_cast<uint64_t>(st.st_blocks) * 512 < size;
  } else {
    // (Assigned from a std::string: GCC 12 warns, wrongly, of an overlapping
    // copy when a literal is assigned here.)
    static const std::string kStdinName = "-";
    content->label = content->location_path = kStdinName;
  }
  reader_ = std::make_unique<SnapshotReader>(fd_ < 0 ? STDIN_FILENO : fd_,
                                             size, sparse);
  content->stream = [this](char* buf, size_t want) -> long {
    for (;;) {
      long got = reader_->Read(buf, want);
      if (got > 0 && progress_) progress_->Add(0, static_cast<uint64_t>(got));
      if (got >= 0 || errno != EINTR || (cancel_ && cancel_->load()))
        return got;
    }
  };
  return true;
}

void FileContentReader::Close() {
  reader_.reset();
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
}

}  // namespace leakgate
