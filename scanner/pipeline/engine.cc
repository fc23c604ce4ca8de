// Loading the engine at start: the rule pack is parsed from the embedded
// TOML, and the Hyperscan database is deserialized, never compiled, unless
// this CPU cannot run the one built with the binary. In that case it is
// compiled once and cached per user, keyed by rule digest and platform.

#include "leakgate/engine.h"

#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>

#include "leakgate/embedded_rules.h"
#include "leakgate/file_io.h"

namespace leakgate {
namespace {

std::string CacheDirectory() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
    return std::string(xdg) + "/leakgate";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::string(home) + "/.cache/leakgate";
  return "";
}

std::string CachePath(const std::string& digest) {
  std::string dir = CacheDirectory();
  if (dir.empty()) return "";
  hs_platform_info_t platform{};
  hs_populate_platform(&platform);
  char tag[64];
  std::snprintf(tag, sizeof(tag), "t%u-f%llx", platform.tune,
                static_cast<unsigned long long>(platform.cpu_features));
  std::string hex = digest.substr(digest.find(':') + 1, 16);
  return dir + "/hs-" + hex + "-" + tag + ".db";
}

// Best effort: a cache that cannot be written only costs the next start.
void WriteCache(const std::string& path, const std::string& bytes) {
  std::string dir = path.substr(0, path.rfind('/'));
  std::string parent = dir.substr(0, dir.rfind('/'));
  mkdir(parent.c_str(), 0700);
  mkdir(dir.c_str(), 0700);
  ReplaceFile(path, 0600, bytes);
}

}  // namespace

bool BuildEngine(const std::vector<RuleFile>& files, Engine* engine,
                 std::string* err) {
  if (!LoadRuleSet(files, &engine->rules, err)) return false;
  if (!HsDatabase::Compile(engine->rules, &engine->database, err)) return false;
  engine->confirmer = std::make_unique<Confirmer>(engine->rules);
  return true;
}

bool LoadEmbeddedEngine(Engine* engine, std::string* err, std::string* notice) {
  if (!LoadRuleSet(EmbeddedRuleFiles(), &engine->rules, err)) return false;
  std::string_view bytes = EmbeddedHsDatabase();
  std::string why;
  if (!HsDatabase::Deserialize(bytes.data(), bytes.size(), &engine->database,
                               &why)) {
    const std::string cache = CachePath(engine->rules.digest());
    std::string cached;
    std::string ignored;
    if (cache.empty() ||
        ReadFile(cache, &cached, &ignored) != ReadStatus::kOk ||
        !HsDatabase::Deserialize(cached.data(), cached.size(),
                                 &engine->database, &ignored)) {
      if (!HsDatabase::Compile(engine->rules, &engine->database, err))
        return false;
      *notice =
          "leakgate: the built-in rule database cannot run on this "
          "machine (" +
          why + "); compiled it for this CPU" +
          (cache.empty() ? std::string(".") : "; cached as " + cache + ".");
      std::string serialized;
      if (!cache.empty() && engine->database.Serialize(&serialized, &ignored))
        WriteCache(cache, serialized);
    }
  }
  engine->confirmer = std::make_unique<Confirmer>(engine->rules);
  return true;
}

}  // namespace leakgate
