// A thin owner of a compiled PCRE2 (JIT) regular expression.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace leakgate {

/// A compiled, JIT-compiled PCRE2 pattern. Immutable after Compile and safe
/// to share between threads; each thread brings its own MatchData.
class Regex {
 public:
  Regex() = default;
  /// Compiles `pattern` (UTF mode off: rules match bytes). On failure fills
  /// `err` with the offset and PCRE2's message.
  static bool Compile(const std::string& pattern, Regex* out, std::string* err);

  const pcre2_code* code() const { return code_.get(); }
  explicit operator bool() const { return code_ != nullptr; }
  /// Number of the named group, or -1.
  int GroupNumber(const char* name) const;

 private:
  struct Free {
    void operator()(pcre2_code* code) const { pcre2_code_free(code); }
  };
  std::shared_ptr<pcre2_code> code_;
};

/// Per-thread PCRE2 match state: match data sized for any rule and a match
/// context with limits so that no input makes a regex run away.
class MatchData {
 public:
  MatchData();
  ~MatchData();
  MatchData(const MatchData&) = delete;
  MatchData& operator=(const MatchData&) = delete;

  /// Runs `regex` on subject[0, length) starting at `start`. Returns true on
  /// a match; ovector() then holds the group offsets.
  bool Match(const Regex& regex, const char* subject, size_t length,
             size_t start);
  const size_t* ovector() const;

 private:
  pcre2_match_data* data_;
  pcre2_match_context* context_;
  pcre2_jit_stack* jit_stack_;
};

}  // namespace leakgate
