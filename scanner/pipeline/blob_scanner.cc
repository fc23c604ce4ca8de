// One stream through the stages: chunk → prefilter → confirm → findings.
//
// Chunks overlap by twice the widest confirm context, so a secret across a
// chunk edge is seen whole by the one chunk that owns its end (see
// ChunkReader). Lines are counted once per chunk as the line cursor moves
// forward; each chunk starts from a checkpoint at its first byte.

#include "leakgate/blob_scanner.h"

#include <algorithm>
#include <cstring>

#include "inline_allow.h"
#include "leakgate/utf16.h"

namespace leakgate {
namespace {

// Bytes of a long line shown on each side of a secret in a snippet.
constexpr size_t kSnippetContext = 80;
// Context past the widest rule window, so no window touches a chunk's edge.
constexpr size_t kMarginSlack = 256;

bool StartsWithBom(const char* data, size_t size) {
  return size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0;
}

}  // namespace

BlobScanner::BlobScanner(const Engine& engine, const BlobScanSettings& settings)
    : engine_(engine),
      settings_(settings),
      hs_(engine.database),
      reader_(settings.chunk_size, engine.rules.MaxContext() + kMarginSlack) {}

BlobScanner::Status BlobScanner::ScanStream(const ReadFn& read,
                                            const std::string& path,
                                            std::vector<Finding>* findings,
                                            uint64_t* bytes, std::string* err) {
  const size_t first = findings->size();
  reader_.Reset();
  reported_ = unreported_ = 0;
  Status status = Status::kOk;
  // A UTF-16 stream restarts, decoded, once its first chunk shows the mark.
  ReadFn decoded;
  const ReadFn* source = &read;
  uint64_t decoded_raw_bytes = 0;
  for (;;) {
    if (settings_.cancel && settings_.cancel->load()) {
      status = Status::kCancelled;
      break;
    }
    ChunkReader::Status got = reader_.Next(*source, err);
    if (got == ChunkReader::Status::kEnd) break;
    if (got == ChunkReader::Status::kError) {
      status = settings_.cancel && settings_.cancel->load()
                   ? Status::kCancelled
                   : Status::kReadError;
      break;
    }
    const char* data = reader_.data();
    const uint64_t offset = reader_.offset();
    if (!decoded) *bytes += reader_.bytes_read();  // else counted raw
    const TextEncoding encoding =
        offset == 0 && !decoded
            ? SniffBom(std::string_view(data, reader_.size()))
            : TextEncoding::kUtf8;
    if (encoding != TextEncoding::kUtf8) {
      decoded = Utf16Reader(std::string(data + 2, reader_.size() - 2), read,
                            encoding, &decoded_raw_bytes);
      source = &decoded;
      reader_.Reset();
      continue;
    }
    if (offset == 0) lines_.Reset(StartsWithBom(data, reader_.size()));
    ScanChunk(data, reader_.size(), offset, reader_.owned_begin(),
              reader_.owned_end(), reader_.at_end(), path, findings);
    if (reader_.at_end()) break;
  }
  *bytes += decoded_raw_bytes;
  LinkFrom(first, findings);
  return status;
}

BlobScanner::Status BlobScanner::ScanBuffer(std::string_view data,
                                            const std::string& path,
                                            std::vector<Finding>* findings) {
  if (data.size() > settings_.chunk_size ||
      SniffBom(data) != TextEncoding::kUtf8) {
    size_t at = 0;
    uint64_t bytes = 0;
    std::string err;
    return ScanStream(MemoryReader(data, &at), path, findings, &bytes, &err);
  }
  const size_t first = findings->size();
  reported_ = unreported_ = 0;
  lines_.Reset(StartsWithBom(data.data(), data.size()));
  ScanChunk(data.data(), data.size(), 0, 0, data.size(), /*last=*/true, path,
            findings);
  LinkFrom(first, findings);
  return Status::kOk;
}

void BlobScanner::LinkFrom(size_t first, std::vector<Finding>* findings) const {
  if (findings->size() - first < 2) return;
  std::vector<Finding> own(std::make_move_iterator(findings->begin() + first),
                           std::make_move_iterator(findings->end()));
  findings->resize(first);
  LinkRelated(engine_.rules, &own);
  std::move(own.begin(), own.end(), std::back_inserter(*findings));
}

void BlobScanner::ScanChunk(const char* data, size_t size, uint64_t offset,
                            size_t owned_begin, size_t owned_end, bool last,
                            const std::string& path,
                            std::vector<Finding>* findings) {
  const std::vector<RawHit>& hits = hs_.Scan(data, size);
  // Every match the chunk holds is confirmed, the owned ones reported: a
  // snippet must mask a neighbouring secret that another chunk reports, and
  // a fallback match yields to a specific one wherever that is reported.
  engine_.confirmer->Confirm(data, size, hits, 0, size, &scratch_, &matches_);
  FindDecoded(data, size, offset, last);
  YieldToDecoded();
  LineTracker cursor = lines_;
  AllowedLine allowed_line;
  for (const Match& match : matches_) {
    if (match.end <= owned_begin || match.end > owned_end) continue;
    if (!Admit()) continue;
    cursor.Advance(data, offset, offset + match.start);
    const char* secret = data + match.start;
    const size_t length = match.end - match.start;
    const Location location =
        SpanLocation(path, cursor.Here(), secret, length);
    Finding finding = BuildFinding(engine_.rules, static_cast<int>(match.rule),
                                   std::string_view(secret, length), location,
                                   settings_.show_secrets);
    if (settings_.keep_raw_secrets) finding.raw_secret.assign(secret, length);
    finding.snippet = Snippet(data, size, offset, match, matches_);
    finding.inline_allowed =
        InlineAllowed(data, size, match.start, match.end, &allowed_line);
    findings->push_back(std::move(finding));
  }
  ReportDecoded(data, size, offset, owned_begin, owned_end, path, findings);
  // Checkpoint for the next chunk, which starts at next_start(): reuse the
  // cursor when it has not passed that point, so bytes are counted once.
  if (last) return;
  const uint64_t next = offset + reader_.next_start();
  if (cursor.position() <= next) lines_ = cursor;
  lines_.Advance(data, offset, next);
}

bool BlobScanner::Admit() {
  if (settings_.max_findings != 0 && reported_ == settings_.max_findings) {
    ++unreported_;
    return false;
  }
  ++reported_;
  return true;
}

Location BlobScanner::SpanLocation(const std::string& path, LineColumn begin,
                                   const char* span, size_t length) {
  Location location{path, begin.line, begin.column, begin.line,
                    begin.column + length};
  // A span over several lines (a private key, base64 wrapped at 76) ends
  // where its last line does.
  if (const void* last = memrchr(span, '\n', length)) {
    location.end_line +=
        static_cast<uint64_t>(std::count(span, span + length, '\n'));
    location.end_column = static_cast<uint64_t>(
        span + length - static_cast<const char*>(last));
  }
  return location;
}

std::string BlobScanner::Snippet(const char* data, size_t size, uint64_t offset,
                                 const Match& match,
                                 const std::vector<Match>& masks) const {
  // The line holding the secret, cut to kSnippetContext bytes on each side
  // and to this chunk.
  size_t begin =
      match.start > kSnippetContext ? match.start - kSnippetContext : 0;
  if (const void* nl = memrchr(data + begin, '\n', match.start - begin))
    begin = static_cast<const char*>(nl) - data + 1;
  if (offset == 0 && begin < 3 && StartsWithBom(data, size)) begin = 3;
  size_t end = std::min(size, match.end + kSnippetContext);
  if (const void* nl = memchr(data + match.end, '\n', end - match.end))
    end = static_cast<const char*>(nl) - data;
  if (end > match.end && data[end - 1] == '\r') --end;

  // Every secret in that range is masked, not only this one.
  std::string snippet;
  size_t pos = begin;
  auto it =
      std::lower_bound(masks.begin(), masks.end(), begin,
                       [](const Match& m, size_t at) { return m.start < at; });
  while (it != masks.begin() && (it - 1)->end > begin) --it;
  for (; it != masks.end() && it->start < end; ++it) {
    if (it->end <= pos) continue;
    if (it->start > pos) snippet.append(data + pos, it->start - pos);
    // An encoded span (kEncodedSpan) may hold more than one secret: shown
    // only with --show-secrets, whatever its rule.
    const bool reveal =
        settings_.show_secrets ||
        (it->rule != kEncodedSpan && !engine_.rules.rule(it->rule).redact);
    if (it->start >= pos && it->end <= end) {
      snippet += RedactSecret(
          std::string_view(data + it->start, it->end - it->start), reveal);
    } else {
      snippet += RedactSecret("", false);
    }
    pos = it->end;
  }
  if (pos < end) snippet.append(data + pos, end - pos);
  return snippet;
}

}  // namespace leakgate

namespace leakgate {

std::string UnreportedWarning(const std::string& what, uint64_t unreported,
                              uint64_t max_findings) {
  return what + ": " + std::to_string(unreported) +
         " more findings not reported (at most " +
         std::to_string(max_findings) +
         " per file; raise it with --max-findings-per-file)";
}

std::vector<Finding> ScanText(const Engine& engine, std::string_view text,
                              const std::string& path, bool show_secrets) {
  BlobScanSettings settings;
  settings.show_secrets = show_secrets;
  settings.chunk_size =
      std::min<size_t>(settings.chunk_size, std::max<size_t>(text.size(), 1));
  BlobScanner scanner(engine, settings);
  size_t at = 0;
  std::vector<Finding> findings;
  uint64_t bytes = 0;
  std::string err;
  scanner.ScanStream(MemoryReader(text, &at), path, &findings, &bytes, &err);
  return findings;
}

}  // namespace leakgate
