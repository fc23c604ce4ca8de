// Compiling, serializing and loading the one Hyperscan database.
//
// Every rule's pattern goes into a single block-mode database so that each
// buffer is scanned once whatever the number of rules. HS_FLAG_SOM_LEFTMOST is
// never set: start-of-match tracking costs an order of magnitude on this
// pack, and confirm/ recovers the span with PCRE2 on a window before the hit.

#include "leakgate/hs_database.h"

#include <algorithm>
#include <cstdlib>

namespace leakgate {
namespace {

constexpr unsigned kPatternFlags = HS_FLAG_DOTALL;

std::string CompileError(hs_compile_error_t* error) {
  std::string message = error ? error->message : "unknown Hyperscan error";
  hs_free_compile_error(error);
  return message;
}

}  // namespace

bool HsDatabase::Compile(const RuleSet& rules, HsDatabase* out,
                         std::string* err) {
  std::vector<const char*> expressions;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  for (size_t i = 0; i < rules.size(); ++i) {
    expressions.push_back(rules.rule(i).pattern.c_str());
    flags.push_back(kPatternFlags);
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                       static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK,
                       nullptr, &db, &error) != HS_SUCCESS) {
    std::string where;
    if (error && error->expression >= 0)
      where = "rule " + rules.rule(error->expression).id + ": ";
    *err = where + CompileError(error);
    return false;
  }
  *out = HsDatabase(db);
  return true;
}

namespace {
const PatternWidth* known_widths = nullptr;
size_t known_count = 0;
}  // namespace

void HsDatabase::SetKnownWidths(const PatternWidth* table, size_t count) {
  known_widths = table;
  known_count = count;
}

bool HsDatabase::CheckPattern(const std::string& pattern, unsigned* min_width,
                              unsigned* max_width, std::string* err) {
  const PatternWidth* end = known_widths + known_count;
  const PatternWidth* known = std::lower_bound(
      known_widths, end, std::string_view(pattern),
      [](const PatternWidth& a, std::string_view b) { return a.pattern < b; });
  if (known != end && known->pattern == pattern) {
    *min_width = known->min_width;
    *max_width = known->max_width;
    return true;
  }
  hs_expr_info_t* info = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_expression_info(pattern.c_str(), kPatternFlags, &info, &error) !=
      HS_SUCCESS) {
    *err = CompileError(error);
    return false;
  }
  *min_width = info->min_width;
  *max_width = info->max_width;
  std::free(info);
  if (*min_width == 0) {
    *err = "pattern can match the empty string";
    return false;
  }
  return true;
}

bool HsDatabase::Deserialize(const void* bytes, size_t size, HsDatabase* out,
                             std::string* err) {
  hs_database_t* db = nullptr;
  hs_error_t status =
      hs_deserialize_database(static_cast<const char*>(bytes), size, &db);
  if (status != HS_SUCCESS) {
    *err = status == HS_DB_PLATFORM_ERROR
               ? "database was compiled for another CPU"
           : status == HS_DB_VERSION_ERROR
               ? "database was compiled by another Hyperscan version"
               : "database is not a valid serialized Hyperscan database";
    return false;
  }
  *out = HsDatabase(db);
  return true;
}

bool HsDatabase::Serialize(std::string* bytes, std::string* err) const {
  char* data = nullptr;
  size_t size = 0;
  if (hs_serialize_database(db_.get(), &data, &size) != HS_SUCCESS) {
    *err = "hs_serialize_database failed";
    return false;
  }
  bytes->assign(data, size);
  std::free(data);
  return true;
}

}  // namespace leakgate
