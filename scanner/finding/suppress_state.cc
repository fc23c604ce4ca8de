// A Suppressor's state as JSON, for shard reports: each shard loads the
// ignore files and baseline where it runs, and `leakgate merge` must apply
// them after folding the shards, exactly as one unsharded run would (an
// expired entry's warning counts findings of every shard). Reasons are left
// out: they are free text that may quote anything, and Apply never uses them.

#include <nlohmann/json.hpp>

#include "leakgate/suppress.h"

namespace leakgate {

std::string Suppressor::Save() const {
  nlohmann::json files = nlohmann::json::array();
  for (const IgnoreFile& file : files_) {
    nlohmann::json entries = nlohmann::json::array();
    for (const IgnoreEntry& entry : file.entries)
      entries.push_back({entry.fingerprint, entry.glob, entry.expires,
                         entry.line});
    files.push_back(
        {{"name", file.name}, {"scope", file.scope}, {"entries", entries}});
  }
  nlohmann::json state = {{"files", files},
                          {"report_unused", report_unused_},
                          {"warnings", warnings_}};
  if (has_baseline_)
    state["baseline"] = {{"name", baseline_.name},
                         {"findings", baseline_.findings}};
  return state.dump();
}

bool Suppressor::Restore(std::string_view text, std::string* err) {
  try {
    const nlohmann::json state = nlohmann::json::parse(text);
    files_.clear();
    for (const nlohmann::json& file : state.at("files")) {
      IgnoreFile restored{file.at("name").get<std::string>(),
                          file.at("scope").get<std::string>(),
                          {}};
      for (const nlohmann::json& entry : file.at("entries"))
        restored.entries.push_back({entry.at(0).get<std::string>(),
                                    entry.at(1).get<std::string>(),
                                    entry.at(2).get<std::string>(), "",
                                    entry.at(3).get<size_t>()});
      files_.push_back(std::move(restored));
    }
    report_unused_ = state.at("report_unused").get<bool>();
    warnings_ = state.at("warnings").get<std::vector<std::string>>();
    has_baseline_ = state.contains("baseline");
    if (has_baseline_) {
      baseline_.name = state["baseline"].at("name").get<std::string>();
      baseline_.findings =
          state["baseline"]
              .at("findings")
              .get<std::set<std::pair<std::string, std::string>>>();
    }
    return true;
  } catch (const nlohmann::json::exception& e) {
    *err = std::string("not a saved suppression state: ") + e.what();
    return false;
  }
}

}  // namespace leakgate
