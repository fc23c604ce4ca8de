// The decoding layers' part of a chunk's scan: each encoded span the
// content stage's SpanDecoder finds is scanned as text, and its decoded
// text once more (depth 2: base64 of JSON with escaped slashes). A secret
// found there is reported at the encoded span it came from, with the
// layers in `decoded`, unless the plain scan reported the same rule at the
// same place. Ownership follows the plain scan: the chunk that owns the
// encoded span's end reports it.

#include <algorithm>
#include <set>
#include <tuple>

#include "inline_allow.h"
#include "leakgate/blob_scanner.h"

namespace leakgate {
namespace {

constexpr int kMaxDepth = 2;

}  // namespace

void BlobScanner::MatchDecoded(const DecodedSpan& span,
                               const DecodedSpan* outer,
                               std::vector<std::string> layers, int depth,
                               std::vector<DecodedMatch>* out) {
  layers.push_back(EncodingName(span.encoding));
  const std::string& text = span.text;
  const std::vector<RawHit>& hits = hs_.Scan(text.data(), text.size());
  std::vector<Match> matches;
  if (!hits.empty())
    engine_.confirmer->Confirm(text.data(), text.size(), hits, 0, text.size(),
                               &scratch_, &matches);
  for (const Match& match : matches) {
    size_t start, end;
    span.MapBack(match.start, match.end, &start, &end);
    if (outer) {
      const size_t inner_start = start, inner_end = end;
      outer->MapBack(inner_start, inner_end, &start, &end);
    }
    out->push_back({match.rule, start, end,
                    text.substr(match.start, match.end - match.start), layers});
  }
  if (depth == kMaxDepth || outer) return;
  std::vector<DecodedSpan> inner;
  decoder_.Find(text.data(), text.size(), true, true, &inner);
  for (const DecodedSpan& next : inner)
    MatchDecoded(next, &span, layers, depth + 1, out);
}

void BlobScanner::FindDecoded(const char* data, size_t size, uint64_t offset,
                              bool last) {
  decoded_.clear();
  std::vector<DecodedSpan> spans;
  decoder_.Find(data, size, offset == 0, last, &spans);
  if (spans.empty()) return;
  for (const DecodedSpan& span : spans)
    MatchDecoded(span, nullptr, {}, 1, &decoded_);
  std::stable_sort(decoded_.begin(), decoded_.end(),
                   [](const DecodedMatch& a, const DecodedMatch& b) {
                     return std::tie(a.start, a.end, a.rule) <
                            std::tie(b.start, b.end, b.rule);
                   });
}

void BlobScanner::YieldToDecoded() {
  if (decoded_.empty()) return;
  const std::vector<Rule>& rules = engine_.rules.rules();
  // The specific decoded matches by start, each with the furthest end of
  // those up to it: a plain match overlaps one of them when the furthest
  // end among those starting before its end passes its start.
  std::vector<size_t> starts, furthest_end;
  for (const DecodedMatch& found : decoded_) {
    if (rules[found.rule].fallback) continue;
    starts.push_back(found.start);
    furthest_end.push_back(
        std::max(found.end, furthest_end.empty() ? 0 : furthest_end.back()));
  }
  if (starts.empty()) return;
  std::erase_if(matches_, [&](const Match& plain) {
    if (!rules[plain.rule].fallback) return false;
    const size_t before = static_cast<size_t>(
        std::lower_bound(starts.begin(), starts.end(), plain.end) -
        starts.begin());
    return before > 0 && furthest_end[before - 1] > plain.start;
  });
}

void BlobScanner::ReportDecoded(const char* data, size_t size,
                                uint64_t offset, size_t owned_begin,
                                size_t owned_end, const std::string& path,
                                std::vector<Finding>* findings) {
  if (decoded_.empty()) return;
  const std::vector<DecodedMatch>& found = decoded_;
  // Snippets mask every plain secret and every encoded span that holds one.
  std::vector<Match> masks = matches_;
  for (const DecodedMatch& match : found)
    masks.push_back({kEncodedSpan, match.start, match.end});
  std::sort(masks.begin(), masks.end());
  // What the plain scan reported, and what this one has, by (rule, span).
  std::set<std::tuple<uint32_t, size_t, size_t>> reported;
  for (const Match& match : matches_)
    reported.insert({match.rule, match.start, match.end});
  LineTracker cursor = lines_;
  AllowedLine allowed_line;
  for (const DecodedMatch& match : found) {
    if (match.end <= owned_begin || match.end > owned_end) continue;
    if (!reported.insert({match.rule, match.start, match.end}).second) continue;
    if (!Admit()) continue;
    cursor.Advance(data, offset, offset + match.start);
    const Location location = SpanLocation(
        path, cursor.Here(), data + match.start, match.end - match.start);
    Finding finding = BuildFinding(engine_.rules, static_cast<int>(match.rule),
                                   match.secret, location,
                                   settings_.show_secrets);
    finding.decoded = match.layers;
    if (settings_.keep_raw_secrets) finding.raw_secret = match.secret;
    const Match span{kEncodedSpan, match.start, match.end};
    finding.snippet = Snippet(data, size, offset, span, masks);
    finding.inline_allowed =
        InlineAllowed(data, size, match.start, match.end, &allowed_line);
    findings->push_back(std::move(finding));
  }
}

}  // namespace leakgate
