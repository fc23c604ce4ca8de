// The immutable scanning engine: rules, Hyperscan database, confirmer.
#pragma once

#include <memory>
#include <string>

#include "leakgate/confirm.h"
#include "leakgate/hs_database.h"
#include "leakgate/rule.h"

namespace leakgate {

/// Built once at start and shared read-only by every worker. Neither copied
/// nor moved: the confirmer holds a reference into `rules`.
struct Engine {
  Engine() = default;
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  RuleSet rules;
  HsDatabase database;
  std::unique_ptr<Confirmer> confirmer;
};

/// Loads the rule pack and the Hyperscan database embedded at build time.
/// When the serialized database cannot run here (built for another CPU or
/// Hyperscan version), compiles it instead, caches it under the user's cache
/// directory keyed by rule digest and platform, and says so in `notice`.
bool LoadEmbeddedEngine(Engine* engine, std::string* err, std::string* notice);

/// Builds an engine from rule files, compiling the database (rules check,
/// tests).
bool BuildEngine(const std::vector<RuleFile>& files, Engine* engine,
                 std::string* err);

}  // namespace leakgate
