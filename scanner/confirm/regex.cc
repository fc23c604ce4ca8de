// PCRE2 compile and match with JIT and bounded resources.

#include "leakgate/regex.h"

namespace leakgate {
namespace {

// Limits chosen so that no rule on any window can run away: the windows are
// at most a few KiB, and a well-formed rule needs far less than these.
constexpr uint32_t kMatchLimit = 1'000'000;
constexpr uint32_t kDepthLimit = 10'000;
constexpr size_t kJitStackBytes = 512 * 1024;
constexpr size_t kMaxGroups = 32;

}  // namespace

bool Regex::Compile(const std::string& pattern, Regex* out, std::string* err) {
  int error_code = 0;
  PCRE2_SIZE error_offset = 0;
  pcre2_code* code =
      pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()),
                    pattern.size(), 0, &error_code, &error_offset, nullptr);
  if (!code) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(error_code, message, sizeof(message));
    *err = "at offset " + std::to_string(error_offset) + ": " +
           reinterpret_cast<const char*>(message);
    return false;
  }
  // JIT is an accelerator: a platform without it still matches, slower.
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
  out->code_ = std::shared_ptr<pcre2_code>(code, Free());
  return true;
}

int Regex::GroupNumber(const char* name) const {
  int number = pcre2_substring_number_from_name(
      code_.get(), reinterpret_cast<PCRE2_SPTR>(name));
  return number < 0 ? -1 : number;
}

MatchData::MatchData()
    : data_(pcre2_match_data_create(kMaxGroups, nullptr)),
      context_(pcre2_match_context_create(nullptr)),
      jit_stack_(pcre2_jit_stack_create(32 * 1024, kJitStackBytes, nullptr)) {
  pcre2_set_match_limit(context_, kMatchLimit);
  pcre2_set_depth_limit(context_, kDepthLimit);
  pcre2_jit_stack_assign(context_, nullptr, jit_stack_);
}

MatchData::~MatchData() {
  pcre2_jit_stack_free(jit_stack_);
  pcre2_match_context_free(context_);
  pcre2_match_data_free(data_);
}

bool MatchData::Match(const Regex& regex, const char* subject, size_t length,
                      size_t start) {
  int rc = pcre2_match(regex.code(), reinterpret_cast<PCRE2_SPTR>(subject),
                       length, start, 0, data_, context_);
  return rc > 0;
}

const size_t* MatchData::ovector() const {
  return pcre2_get_ovector_pointer(data_);
}

}  // namespace leakgate
