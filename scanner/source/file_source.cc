// Directory walking for `leakgate scan`.
//
// Iterative and depth-first, with one directory open at a time: each
// directory is read whole, closed, then its entries are visited in name
// order. That keeps file descriptors to one (a tree of 20,000 files walks
// under `ulimit -n 64`) and the order deterministic. Entry types come from
// d_type (what lstat would say), with lstat where the filesystem does not
// fill it in; nothing is followed.

#include "leakgate/file_source.h"

#include <dirent.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "leakgate/long_path.h"

namespace leakgate {
namespace {

enum class EntryType { kFile, kDirectory, kSymlink, kSpecial, kUnknown };

EntryType FromMode(mode_t mode) {
  if (S_ISREG(mode)) return EntryType::kFile;
  if (S_ISDIR(mode)) return EntryType::kDirectory;
  if (S_ISLNK(mode)) return EntryType::kSymlink;
  return EntryType::kSpecial;
}

EntryType FromDirent(unsigned char type) {
  switch (type) {
    case DT_REG:
      return EntryType::kFile;
    case DT_DIR:
      return EntryType::kDirectory;
    case DT_LNK:
      return EntryType::kSymlink;
    case DT_UNKNOWN:
      return EntryType::kUnknown;
    default:
      return EntryType::kSpecial;
  }
}

const char* SpecialReason(const std::string& path) {
  struct stat st;
  if (lstat(path.c_str(), &st) == 0) {
    if (S_ISFIFO(st.st_mode)) return "FIFO not opened";
    if (S_ISSOCK(st.st_mode)) return "socket not opened";
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) return "device not opened";
  }
  return "not a regular file";
}

std::string Join(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  if (dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

class Walker {
 public:
  Walker(const WalkOptions& options, const FileSink& sink)
      : options_(options), sink_(sink) {}

  void Root(const std::string& root, const std::string& report_prefix) {
    struct stat st;
    if (lstat(root.c_str(), &st) != 0) {
      sink_.error({root, "", std::strerror(errno)});
      return;
    }
    EntryType type = FromMode(st.st_mode);
    if (type == EntryType::kDirectory) {
      Directory(root, report_prefix);
    } else {
      Visit(root, root, type);
    }
  }

 private:
  bool Cancelled() const { return options_.cancel && options_.cancel->load(); }

  bool Excluded(const std::string& report_path) const {
    for (const std::string& glob : options_.excludes)
      if (fnmatch(glob.c_str(), report_path.c_str(), 0) == 0) return true;
    return false;
  }

  void Visit(const std::string& path, const std::string& report_path,
             EntryType type) {
    if (Excluded(report_path)) return;
    if (type == EntryType::kUnknown) {
      struct stat st;
      if (lstat(path.c_str(), &st) != 0) {
        sink_.error({report_path, "", std::strerror(errno)});
        return;
      }
      type = FromMode(st.st_mode);
    }
    switch (type) {
      case EntryType::kFile:
        sink_.file(FileProvenance{path, report_path});
        break;
      case EntryType::kSymlink:
        sink_.skip({report_path, "symbolic link not followed"});
        break;
      case EntryType::kSpecial:
        sink_.skip({report_path, SpecialReason(path)});
        break;
      case EntryType::kDirectory:
      case EntryType::kUnknown:
        break;
    }
  }

  void Directory(const std::string& root, const std::string& report_root) {
    struct Pending {
      std::string path;
      std::string report_path;
    };
    std::vector<Pending> stack{{root, report_root}};
    while (!stack.empty() && !Cancelled()) {
      Pending dir = std::move(stack.back());
      stack.pop_back();
      std::vector<std::pair<std::string, EntryType>> entries;
      if (!ReadDirectory(dir.path, dir.report_path, &entries)) continue;
      std::sort(entries.begin(), entries.end());
      // Visit files in name order; push subdirectories in reverse so they
      // pop in name order.
      for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        const auto& [name, type] = *it;
        const std::string path = Join(dir.path, name);
        const std::string report_path = Join(dir.report_path, name);
        if (type != EntryType::kDirectory) continue;
        if (name == ".git") {
          sink_.skip(
              {report_path, "git directory: scan history with `leakgate git`"});
          continue;
        }
        if (!Excluded(report_path)) stack.push_back({path, report_path});
      }
      for (const auto& [name, type] : entries) {
        if (type == EntryType::kDirectory) continue;
        Visit(Join(dir.path, name), Join(dir.report_path, name), type);
      }
    }
  }

  bool ReadDirectory(const std::string& path, const std::string& report_path,
                     std::vector<std::pair<std::string, EntryType>>* entries) {
    const std::string& name_for_errors =
        report_path.empty() ? path : report_path;
    // By descriptor, so a path past PATH_MAX is listed like any other.
    const int fd = OpenLongPath(
        path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    DIR* dir = fd == -1 ? nullptr : fdopendir(fd);
    if (!dir) {
      sink_.error({name_for_errors, "", std::strerror(errno)});
      if (fd != -1) close(fd);
      return false;
    }
    errno = 0;
    while (struct dirent* entry = readdir(dir)) {
      const char* name = entry->d_name;
      if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0) continue;
      EntryType type = FromDirent(entry->d_type);
      if (type == EntryType::kUnknown) {
        struct stat st;
        if (fstatat(dirfd(dir), name, &st, AT_SYMLINK_NOFOLLOW) == 0)
          type = FromMode(st.st_mode);
      }
      entries->emplace_back(name, type);
    }
    if (errno != 0) sink_.error({name_for_errors, "", std::strerror(errno)});
    closedir(dir);
    return true;
  }

  const WalkOptions& options_;
  const FileSink& sink_;
};

}  // namespace

void WalkPaths(const std::vector<std::string>& roots,
               const WalkOptions& options, const FileSink& sink) {
  Walker walker(options, sink);
  const bool several = roots.size() > 1;
  for (const std::string& root : roots) {
    if (options.cancel && options.cancel->load()) return;
    if (root == "-") {
      sink.file(StdinProvenance{});
      continue;
    }
    std::string prefix = several ? root : "";
    while (prefix.size() > 1 && prefix.back() == '/') prefix.pop_back();
    if (prefix == ".") prefix.clear();
    walker.Root(root, prefix);
  }
}

}  // namespace leakgate
