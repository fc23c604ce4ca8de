// Confirmation of prefilter hits.
//
// Hyperscan reports only where a candidate ends. For each rule, the hits'
// windows [end - lookbehind, end + lookahead] are merged, and the rule's PCRE2
// regex runs once over each merged window, so a run of hits costs one pass,
// not one per hit. The whole buffer is the subject (lookbehinds see real
// context), bounded by the window's end. A candidate is kept only if its
// `secret` group ends in the caller's owned range, passes the rule's and the
// pack's decoy lists, and reaches the rule's entropy.
//
// Nearby confirmation runs after: around each confirmed anchor (an AWS key
// ID), the lines within the rule's distance are searched for a secret with no
// keyword of its own.

#include <algorithm>
#include <cstring>

#include "leakgate/confirm.h"
#include "leakgate/entropy.h"
#include "leakgate/verify.h"

namespace leakgate {

struct Confirmer::CompiledRule {
  std::once_flag once;
  Regex confirm;
  int secret_group = -1;
  std::vector<Regex> allow;
  Regex nearby;
  int nearby_group = -1;
};

namespace {

// rules/ are validated at build time; a regex that fails here would be a
// build defect, so it is compiled to a never-matching stand-in.
Regex CompileOrNever(const std::string& pattern) {
  Regex regex;
  std::string err;
  if (!Regex::Compile(pattern, &regex, &err))
    Regex::Compile("(*FAIL)", &regex, &err);
  return regex;
}

// Start of the line `lines` lines before `pos`, not further than `limit`.
size_t LinesBack(const char* buf, size_t pos, int lines, size_t limit) {
  size_t floor = pos > limit ? pos - limit : 0;
  size_t at = pos;
  for (int i = 0; i <= lines; ++i) {
    const void* nl =
        at > floor ? memrchr(buf + floor, '\n', at - floor) : nullptr;
    if (!nl) return floor;
    at = static_cast<const char*>(nl) - buf;
  }
  return at + 1;
}

// End of the line `lines` lines after `pos`, not further than `limit`.
size_t LinesForward(const char* buf, size_t size, size_t pos, int lines,
                    size_t limit) {
  size_t ceiling = std::min(size, pos + limit);
  size_t at = pos;
  for (int i = 0; i <= lines; ++i) {
    const void* nl =
        at < ceiling ? memchr(buf + at, '\n', ceiling - at) : nullptr;
    if (!nl) return ceiling;
    at = static_cast<const char*>(nl) - buf + 1;
  }
  return at - 1;
}

}  // namespace

Confirmer::Confirmer(const RuleSet& rules)
    : rules_(rules),
      anchor_of_(rules.size(), -1),
      is_anchor_(rules.size(), false) {
  for (const std::string& pattern : rules.global_allow())
    global_allow_.push_back(CompileOrNever(pattern));
  for (size_t i = 0; i < rules.size(); ++i) {
    compiled_.push_back(std::make_unique<CompiledRule>());
    const Rule& rule = rules.rule(i);
    if (!rule.has_nearby) continue;
    int anchor = rules.IndexOf(rule.nearby.anchor_rule);
    anchor_of_[i] = anchor;
    if (anchor >= 0) is_anchor_[anchor] = true;
  }
}

Confirmer::~Confirmer() = default;

const Confirmer::CompiledRule& Confirmer::Compiled(uint32_t index) const {
  CompiledRule& compiled = *compiled_[index];
  std::call_once(compiled.once, [&] {
    const Rule& rule = rules_.rule(index);
    compiled.confirm = CompileOrNever(rule.confirm);
    compiled.secret_group = compiled.confirm.GroupNumber("secret");
    for (const std::string& pattern : rule.allow)
      compiled.allow.push_back(CompileOrNever(pattern));
    if (rule.has_nearby) {
      compiled.nearby = CompileOrNever(rule.nearby.confirm);
      compiled.nearby_group = compiled.nearby.GroupNumber("secret");
    }
  });
  return compiled;
}

bool Confirmer::IsDecoy(uint32_t index, const char* secret, size_t size,
                        MatchData* match_data) const {
  const Rule& rule = rules_.rule(index);
  if (ShannonEntropy(std::string_view(secret, size)) < rule.min_entropy)
    return true;
  for (const Regex& allow : Compiled(index).allow)
    if (match_data->Match(allow, secret, size, 0)) return true;
  for (const Regex& allow : global_allow_)
    if (match_data->Match(allow, secret, size, 0)) return true;
  return !rule.verify.empty() &&
         !Verify(rule.verify, std::string_view(secret, size));
}

void Confirmer::ConfirmWindow(const char* buf, size_t window_begin,
                              size_t window_end, uint32_t rule,
                              const Regex& regex, int secret_group,
                              size_t owned_begin, size_t owned_end,
                              ConfirmScratch* scratch,
                              std::vector<Match>* out) const {
  MatchData& match_data = scratch->match_data;
  size_t pos = window_begin;
  while (pos < window_end && match_data.Match(regex, buf, window_end, pos)) {
    const size_t* ovector = match_data.ovector();
    size_t match_start = ovector[0], match_end = ovector[1];
    size_t start = ovector[2 * secret_group],
           end = ovector[2 * secret_group + 1];
    pos = match_end > match_start ? match_end : match_start + 1;
    if (start == PCRE2_UNSET || end <= start) continue;
    if (IsDecoy(rule, buf + start, end - start, &match_data)) continue;
    Match match{rule, start, end};
    if (is_anchor_[rule]) scratch->anchors.push_back(match);
    if (end > owned_begin && end <= owned_end) out->push_back(match);
  }
}

void Confirmer::ConfirmNearby(const char* buf, size_t size, size_t owned_begin,
                              size_t owned_end, ConfirmScratch* scratch,
                              std::vector<Match>* out) const {
  for (size_t index = 0; index < rules_.size(); ++index) {
    if (anchor_of_[index] < 0) continue;
    const Rule& rule = rules_.rule(index);
    const CompiledRule& compiled = Compiled(static_cast<uint32_t>(index));
    for (const Match& anchor : scratch->anchors) {
      if (anchor.rule != static_cast<uint32_t>(anchor_of_[index])) continue;
      size_t begin =
          LinesBack(buf, anchor.start, rule.nearby.lines, kNearbyWindowBytes);
      size_t end = LinesForward(buf, size, anchor.end, rule.nearby.lines,
                                kNearbyWindowBytes);
      ConfirmWindow(buf, begin, end, static_cast<uint32_t>(index),
                    compiled.nearby, compiled.nearby_group, owned_begin,
                    owned_end, scratch, out);
    }
  }
}

void Confirmer::Confirm(const char* buf, size_t size,
                        const std::vector<RawHit>& hits, size_t owned_begin,
                        size_t owned_end, ConfirmScratch* scratch,
                        std::vector<Match>* out) const {
  out->clear();
  scratch->anchors.clear();
  if (hits.empty()) return;
  std::vector<RawHit>& sorted = scratch->hits;
  sorted.assign(hits.begin(), hits.end());
  std::sort(sorted.begin(), sorted.end(), [](const RawHit& a, const RawHit& b) {
    return a.rule != b.rule ? a.rule < b.rule : a.end < b.end;
  });

  for (size_t i = 0; i < sorted.size();) {
    const uint32_t rule_index = sorted[i].rule;
    const Rule& rule = rules_.rule(rule_index);
    const CompiledRule& compiled = Compiled(rule_index);
    const size_t lookbehind = static_cast<size_t>(rule.lookbehind);
    const size_t lookahead = static_cast<size_t>(rule.lookahead);
    size_t window_begin = 0, window_end = 0;
    bool open = false;
    for (; i < sorted.size() && sorted[i].rule == rule_index; ++i) {
      size_t end = std::min<size_t>(sorted[i].end, size);
      size_t begin = end > lookbehind ? end - lookbehind : 0;
      size_t stop = std::min(size, end + lookahead);
      if (open && begin <= window_end) {
        window_end = std::max(window_end, stop);
        continue;
      }
      if (open)
        ConfirmWindow(buf, window_begin, window_end, rule_index,
                      compiled.confirm, compiled.secret_group, owned_begin,
                      owned_end, scratch, out);
      window_begin = begin;
      window_end = stop;
      open = true;
    }
    if (open)
      ConfirmWindow(buf, window_begin, window_end, rule_index, compiled.confirm,
                    compiled.secret_group, owned_begin, owned_end, scratch,
                    out);
  }
  if (!scratch->anchors.empty())
    ConfirmNearby(buf, size, owned_begin, owned_end, scratch, out);
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
  DropCoveredFallbacks(out);
}

void Confirmer::DropCoveredFallbacks(std::vector<Match>* matches) const {
  bool any = false;
  for (const Match& match : *matches) any |= rules_.rule(match.rule).fallback;
  if (!any) return;
  // Sorted by start: a specific match overlapping a fallback one starts
  // before the fallback's end; sweep with the furthest specific end so far.
  std::vector<Match> specific;
  for (const Match& match : *matches)
    if (!rules_.rule(match.rule).fallback) specific.push_back(match);
  std::vector<Match> kept;
  size_t next = 0;
  uint64_t reach = 0;  // furthest end of a specific match starting before
  for (const Match& match : *matches) {
    if (!rules_.rule(match.rule).fallback) {
      kept.push_back(match);
      continue;
    }
    while (next < specific.size() && specific[next].start < match.end)
      reach = std::max(reach, specific[next++].end);
    if (reach > match.start) continue;  // overlapped by a specific secret
    kept.push_back(match);
  }
  matches->swap(kept);
}

}  // namespace leakgate
